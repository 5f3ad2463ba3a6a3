package fr.entraide.workshops;

import fr.entraide.accounts.User;
import fr.entraide.common.calendar.Ics;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.quota.CreationQuota;
import fr.entraide.common.security.Caller;
import fr.entraide.common.time.EventFields;
import fr.entraide.forum.Category;
import fr.entraide.forum.Subscriptions;
import fr.entraide.forum.ThreadService;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.MemberLeft;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import fr.entraide.mail.Attachment;
import fr.entraide.notifications.Notice;
import fr.entraide.notifications.NotificationService;
import fr.entraide.notifications.NotificationType;
import fr.entraide.workshops.api.CreateWorkshopRequest;
import fr.entraide.workshops.api.MyRegistration;
import fr.entraide.workshops.api.RegistrationView;
import fr.entraide.workshops.api.SeriesRequest;
import fr.entraide.workshops.api.SeriesView;
import fr.entraide.workshops.api.UpdateWorkshopRequest;
import fr.entraide.workshops.api.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Workshops and their sign-up. The invariant — confirmed registrations never exceed the capacity, nobody is
 * registered twice, the waitlist is first come first served — is kept by the database: every change of a
 * workshop's registrations first takes a row lock on the workshop ({@code SELECT … FOR UPDATE}), and a unique
 * constraint on (workshop, user) refuses a second sign-up. A freed seat goes to the first waitlisted person in the
 * same transaction as the cancellation.
 */
@ApplicationScoped
public class WorkshopService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    AppConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    ThreadService threads;

    @Inject
    WorkshopViews views;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CreationQuota quota;

    /** Where each workshop's discussion thread is opened. */
    static final String DISCUSSION_CATEGORY = "co-developpement";

    // ---- workshops ----

    /**
     * Upcoming first (soonest first), then past ones (most recent first), each with its counts and the caller's
     * registration; a page at a time. The cursor names the part (U upcoming, P past) and the last row's (start, id).
     */
    public PageResponse<WorkshopView> list(String slug, Optional<Caller> caller, PageParams page) {
        Group group = groups.readable(slug, caller);
        Instant now = Instant.now();
        List<String> after = Cursor.decode(page.cursor, 3);
        boolean inPast = !after.isEmpty() && "P".equals(after.get(0));
        if (!after.isEmpty() && !inPast && !"U".equals(after.get(0))) {
            throw ProblemException.invalid("cursor", "request.invalid-cursor");
        }
        Instant afterStart = after.isEmpty() ? null : Cursor.instant(after.get(1));
        long afterId = after.isEmpty() ? 0 : Cursor.id(after.get(2));
        List<Workshop> rows = new ArrayList<>();
        if (!inPast) {
            rows.addAll(Workshop.<Workshop>find("groupId = ?1 and endsAt > ?2 and (?3 = false or startsAt > ?4 or (startsAt = ?4 and id > ?5)) order by startsAt, id",
                    group.id, now, afterStart != null, afterStart == null ? now : afterStart, afterId).range(0, page.limit).list());
        }
        if (rows.size() <= page.limit) {
            boolean continuing = inPast;
            rows.addAll(Workshop.<Workshop>find("groupId = ?1 and endsAt <= ?2 and (?3 = false or startsAt < ?4 or (startsAt = ?4 and id < ?5)) order by startsAt desc, id desc",
                    group.id, now, continuing, continuing ? afterStart : now, continuing ? afterId : 0L)
                    .range(0, page.limit - rows.size()).list());
        }
        return PageResponse.ofAll(rows, page.limit,
                w -> Cursor.encode(w.endsAt.isAfter(now) ? "U" : "P", w.startsAt, w.id), ws -> views.of(group, ws, caller));
    }

    public WorkshopView get(long id, Optional<Caller> caller) {
        Workshop workshop = readable(id, caller);
        return views.of(Group.findById(workshop.groupId), workshop, caller);
    }

    /** Who may propose a workshop in a group: {@link WorkshopPolicy#propose}, whichever way it is made. */
    public boolean canPropose(Group group, Caller caller) {
        return WorkshopPolicy.propose(groups.standing(group, Optional.of(caller)));
    }

    @Transactional
    public WorkshopView create(String slug, Caller caller, CreateWorkshopRequest request) {
        Group group = groups.readable(slug, Optional.of(caller));
        GroupAccess.membersOnly(canPropose(group, caller), group);
        quota.require(CreationQuota.Kind.WORKSHOP, caller.id(), 1);
        Long facilitator = caller.id();
        if (request.facilitatorId() != null && request.facilitatorId() != caller.id()) {
            groups.requireCoordinator(group, caller);
            requireActiveMember(group, request.facilitatorId(), "facilitatorId");
            facilitator = request.facilitatorId();
        }
        Workshop workshop = new Workshop();
        workshop.groupId = group.id;
        workshop.title = request.title().strip();
        workshop.description = request.description() == null ? "" : request.description().strip();
        workshop.facilitatorId = facilitator;
        workshop.createdBy = caller.id();
        workshop.timezone = EventFields.timezone(request.timezone());
        workshop.onlineUrl = EventFields.onlineUrl(request.onlineUrl());
        workshop.location = request.location();
        workshop.capacity = capacity(request.capacity());
        schedule(workshop, request.startsAt(), request.endsAt(), "");
        workshop.persist();
        openDiscussion(group, workshop, caller);
        return views.of(group, workshop, Optional.of(caller));
    }

    /** Several slots at once, each its own workshop, facilitated by the coordinator who opens them. */
    @Transactional
    public SeriesView createSeries(String slug, Caller caller, SeriesRequest request) {
        Group group = groups.readable(slug, Optional.of(caller));
        groups.requireCoordinator(group, caller);
        quota.require(CreationQuota.Kind.WORKSHOP, caller.id(), request.slots().size());
        WorkshopSeries series = new WorkshopSeries();
        series.groupId = group.id;
        series.title = request.title().strip();
        series.description = request.description() == null ? "" : request.description().strip();
        series.createdBy = caller.id();
        series.persist();
        int capacity = capacity(request.capacity());
        String onlineUrl = EventFields.onlineUrl(request.onlineUrl());
        List<Workshop> workshops = new ArrayList<>();
        for (int i = 0; i < request.slots().size(); i++) {
            SeriesRequest.Slot slot = request.slots().get(i);
            Workshop workshop = new Workshop();
            workshop.groupId = group.id;
            workshop.seriesId = series.id;
            workshop.title = series.title + " (" + (i + 1) + "/" + request.slots().size() + ")";
            workshop.description = series.description;
            workshop.facilitatorId = caller.id();
            workshop.createdBy = caller.id();
            workshop.capacity = capacity;
            workshop.onlineUrl = onlineUrl;
            schedule(workshop, slot.startsAt(), slot.endsAt(), "slots[" + i + "].");
            workshop.persist();
            openDiscussion(group, workshop, caller);
            workshops.add(workshop);
        }
        return new SeriesView(series.id, series.title, series.description, views.of(group, workshops, Optional.of(caller)));
    }

    @Transactional
    public WorkshopView update(long id, Caller caller, UpdateWorkshopRequest request) {
        Workshop workshop = lockedForChange(id, caller);
        Patch.requireVersion(request.version(), workshop.version);
        if (workshop.cancelledAt != null) {
            throw ProblemException.conflict(null, "workshop.cancelled");
        }
        Patch.requiredText(request.title(), "title", "common.title-blank", value -> workshop.title = value);
        Patch.text(request.description(), value -> workshop.description = value);
        if (request.onlineUrl() != null) {
            workshop.onlineUrl = EventFields.onlineUrl(request.onlineUrl());
        }
        if (request.location() != null) {
            workshop.location = request.location();
        }
        if (request.startsAt() != null || request.endsAt() != null) {
            schedule(workshop, request.startsAt() != null ? request.startsAt() : workshop.startsAt,
                    request.endsAt() != null ? request.endsAt() : workshop.endsAt, "");
        }
        if (request.capacity() != null) {
            int capacity = capacity(request.capacity());
            long confirmed = count(workshop.id, RegistrationStatus.CONFIRMED);
            if (capacity < confirmed) {
                throw ProblemException.conflict("capacity", "workshop.capacity-below-confirmed", confirmed, capacity);
            }
            workshop.capacity = capacity;
            promoteWhileSeatsLeft(workshop);
        }
        em.flush();
        return views.of(Group.findById(workshop.groupId), workshop, Optional.of(caller));
    }

    /** Cancelling tells everyone registered, confirmed or waitlisted. */
    @Transactional
    public WorkshopView cancel(long id, Caller caller) {
        Workshop workshop = lockedForChange(id, caller);
        if (workshop.cancelledAt != null) {
            throw ProblemException.conflict(null, "workshop.already-cancelled");
        }
        workshop.cancelledAt = Instant.now();
        List<Long> registered = Registration.<Registration>list("workshopId", workshop.id).stream().map(r -> r.userId).toList();
        tell(registered, workshop, NotificationType.WORKSHOP_CANCELLED, caller.id());
        em.flush();
        return views.of(Group.findById(workshop.groupId), workshop, Optional.of(caller));
    }

    // ---- registrations ----

    /** Signs the caller up, or — for the facilitator or a coordinator — someone else, under the same cap. */
    @Transactional
    public MyRegistration register(long id, Caller caller, Long userId) {
        Workshop workshop = Workshop.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        Group group = Group.findById(workshop.groupId);
        long registrant = caller.id();
        if (userId != null && userId != caller.id()) {
            requireFacilitatorOrCoordinator(workshop, group, caller);
            requireActiveMember(group, userId, "userId");
            registrant = userId;
        } else {
            groups.requireActiveMember(group, caller);
        }
        Instant now = Instant.now();
        WorkshopStatus status = workshop.status(0, now);
        if (status == WorkshopStatus.CANCELLED || status == WorkshopStatus.CLOSED) {
            throw ProblemException.conflict(null, status == WorkshopStatus.CANCELLED ? "workshop.cancelled" : "workshop.started-or-past");
        }
        if (Registration.of(workshop.id, registrant).isPresent()) {
            throw ProblemException.conflict(null, registrant == caller.id()
                    ? "workshop.already-registered" : "workshop.person-already-registered");
        }
        long confirmed = count(workshop.id, RegistrationStatus.CONFIRMED);
        Registration registration = new Registration();
        registration.workshopId = workshop.id;
        registration.userId = registrant;
        registration.createdAt = now;
        registration.status = confirmed < workshop.capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        registration.confirmedAt = registration.status == RegistrationStatus.CONFIRMED ? now : null;
        registration.persist();
        if (workshop.threadId != null) {
            subscriptions.watchUnlessChosen(List.of(registrant), workshop.threadId);
        }
        if (registration.status == RegistrationStatus.CONFIRMED && confirmed + 1 == workshop.capacity && workshop.facilitatorId != null) {
            tell(List.of(workshop.facilitatorId), workshop, NotificationType.WORKSHOP_FULL, caller.id());
        }
        MyRegistration mine = WorkshopViews.mine(workshop.id, registration);
        boolean onTheirBehalf = registrant != caller.id();
        tell(List.of(registrant), workshop, Notice.workshopRegistration(workshop.title,
                onTheirBehalf ? User.<User>findById(caller.id()).displayName : null, mine.position()), null);
        return mine;
    }

    /** Frees the seat; the first on the waitlist is confirmed in the same transaction, and told. */
    @Transactional
    public void unregister(long id, Caller caller, long userId) {
        Workshop workshop = Workshop.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        if (userId != caller.id()) {
            requireFacilitatorOrCoordinator(workshop, Group.findById(workshop.groupId), caller);
        }
        Registration registration = Registration.of(workshop.id, userId)
                .orElseThrow(() -> ProblemException.notFound("workshop.registration-not-found"));
        registration.delete();
        em.flush();
        if (registration.status == RegistrationStatus.CONFIRMED && workshop.cancelledAt == null) {
            promoteWhileSeatsLeft(workshop);
        }
    }

    /** Someone who leaves the group frees their places in its upcoming workshops; the waitlist moves up. */
    void releasePlaces(@Observes MemberLeft left) {
        List<Workshop> upcoming = Workshop.list("""
                groupId = ?1 and cancelledAt is null and startsAt > ?2 and id in (
                    select r.workshopId from Registration r where r.userId = ?3) order by id""", left.groupId(), Instant.now(), left.userId());
        for (Workshop found : upcoming) {
            Workshop workshop = Workshop.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
            Registration.of(workshop.id, left.userId())
                    .ifPresent(registration -> {
                        registration.delete();
                        em.flush();
                        if (registration.status == RegistrationStatus.CONFIRMED) {
                            promoteWhileSeatsLeft(workshop);
                        }
                    });
        }
    }

    /** Confirmed first, then the waitlist in order; members only. */
    public List<RegistrationView> registrations(long id, Caller caller) {
        Workshop workshop = readable(id, Optional.of(caller));
        requireFollower(Group.findById(workshop.groupId), caller);
        return rows(workshop).stream().map(row -> new RegistrationView(row.user().id, row.user().username,
                row.user().displayName, row.registration().status, row.position(), row.registration().createdAt)).toList();
    }

    /** The participants as a spreadsheet, with their e-mail addresses: for the facilitator and the coordinators. */
    public String registrationsCsv(long id, Caller caller) {
        Workshop workshop = readable(id, Optional.of(caller));
        requireFacilitatorOrCoordinator(workshop, Group.findById(workshop.groupId), caller);
        return RegistrationsCsv.write(rows(workshop), ZoneId.of(workshop.timezone));
    }

    /** Confirmed then waitlisted, each in order of arrival. */
    private List<RegistrationsCsv.Row> rows(Workshop workshop) {
        List<Object[]> found = em.createQuery("""
                        select r, u from Registration r join User u on u.id = r.userId
                        where r.workshopId = :workshop order by r.status, r.createdAt, r.id""", Object[].class)
                .setParameter("workshop", workshop.id)
                .getResultList();
        List<RegistrationsCsv.Row> rows = new ArrayList<>();
        int waitlistRank = 0;
        for (Object[] row : found) {
            Registration registration = (Registration) row[0];
            Integer position = registration.status == RegistrationStatus.WAITLISTED ? ++waitlistRank : null;
            rows.add(new RegistrationsCsv.Row(registration, (User) row[1], position));
        }
        return rows;
    }

    // ---- helpers ----

    /** Each workshop gets its discussion in the group's co-development category, when the group has one. */
    private void openDiscussion(Group group, Workshop workshop, Caller caller) {
        if (Category.bySlug(group.id, DISCUSSION_CATEGORY).isEmpty()) {
            return;
        }
        String body = (workshop.description.isEmpty() ? "" : workshop.description + "\n\n")
                + "Discussion de l'atelier « " + workshop.title + " » : [voir l'atelier et s'inscrire]("
                + config.publicUrl() + "/groups/" + group.slug + "/workshops/" + workshop.id + ").";
        workshop.threadId = threads.openFor(group, DISCUSSION_CATEGORY, caller, workshop.title, body).id;
        em.flush();
    }

    private void promoteWhileSeatsLeft(Workshop workshop) {
        long confirmed = count(workshop.id, RegistrationStatus.CONFIRMED);
        List<Long> promoted = new ArrayList<>();
        if (confirmed < workshop.capacity) {
            List<Registration> waiting = Registration.<Registration>find(
                            "workshopId = ?1 and status = ?2 order by createdAt, id", workshop.id, RegistrationStatus.WAITLISTED)
                    .page(0, (int) (workshop.capacity - confirmed)).list();
            for (Registration next : waiting) {
                next.status = RegistrationStatus.CONFIRMED;
                next.confirmedAt = Instant.now();
                promoted.add(next.userId);
            }
        }
        tell(promoted, workshop, NotificationType.WORKSHOP_PROMOTED, null);
    }

    private void tell(Collection<Long> userIds, Workshop workshop, NotificationType type, Long actorId) {
        tell(userIds, workshop, Notice.workshop(type, workshop.title), actorId);
    }

    /** A confirmed seat's e-mail carries the workshop's .ics, so it lands in the member's calendar. */
    private void tell(Collection<Long> userIds, Workshop workshop, Notice notice, Long actorId) {
        Group group = Group.findById(workshop.groupId);
        boolean seated = notice.type() == NotificationType.WORKSHOP_PROMOTED || notice.type() == NotificationType.WORKSHOP_REGISTERED;
        notifications.tell(userIds, actorId, group, workshop.title, "/groups/" + group.slug + "/workshops/" + workshop.id,
                null, seated ? () -> calendarFile(workshop, group) : null, notice);
    }

    /** One workshop as an .ics file, for the e-mail confirming a seat (to a member: with its online link). */
    private Attachment calendarFile(Workshop workshop, Group group) {
        return Attachment.calendar("atelier-" + workshop.id + ".ics", Ics.publish(List.of(workshop.calendarEvent(group.slug, true, config.publicUrl()))));
    }

    private static long count(long workshopId, RegistrationStatus status) {
        return Registration.count("workshopId = ?1 and status = ?2", workshopId, status);
    }

    Workshop readable(long id, Optional<Caller> caller) {
        Workshop workshop = Workshop.<Workshop>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("workshop.not-found", id));
        groups.readable(Group.<Group>findById(workshop.groupId), caller);
        return workshop;
    }

    private Workshop lockedForChange(long id, Caller caller) {
        Workshop workshop = Workshop.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        requireFacilitatorOrCoordinator(workshop, Group.findById(workshop.groupId), caller);
        return workshop;
    }

    void requireFacilitatorOrCoordinator(Workshop workshop, Group group, Caller caller) {
        WorkshopPolicy.Relation facilitating = new WorkshopPolicy.Relation(workshop.facilitatedBy(Optional.of(caller)), null, false);
        if (!WorkshopPolicy.manage(groups.standing(group, Optional.of(caller)), facilitating)) {
            throw ProblemException.forbidden("workshop.facilitator-or-coordinators");
        }
    }

    /** Reading a workshop's participants, problems and records: {@link WorkshopPolicy#follow}. */
    void requireFollower(Group group, Caller caller) {
        GroupAccess.membersOnly(WorkshopPolicy.follow(groups.standing(group, Optional.of(caller))), group);
    }

    /** The caller's relation to a workshop, for the checks of one request (the views make theirs in bulk). */
    static WorkshopPolicy.Relation relation(Workshop workshop, Caller caller, boolean ownsChosenProblem) {
        RegistrationStatus registration = Registration.of(workshop.id, caller.id()).map(r -> r.status).orElse(null);
        return new WorkshopPolicy.Relation(workshop.facilitatedBy(Optional.of(caller)), registration, ownsChosenProblem);
    }

    private static void requireActiveMember(Group group, long userId, String field) {
        if (Membership.of(group.id, userId).filter(m -> m.status == MemberStatus.ACTIVE).isEmpty()) {
            throw ProblemException.invalid(field, "membership.not-member");
        }
    }

    private int capacity(Integer requested) {
        int max = config.workshops().maxCapacity();
        int capacity = requested == null ? max : requested;
        if (capacity < 1 || capacity > max) {
            throw ProblemException.invalid("capacity", "workshop.capacity-range", max);
        }
        return capacity;
    }

    private static void schedule(Workshop workshop, Instant startsAt, Instant endsAt, String fieldPrefix) {
        EventFields.requireSchedule(startsAt, endsAt, fieldPrefix);
        workshop.startsAt = startsAt;
        workshop.endsAt = endsAt;
    }
}
