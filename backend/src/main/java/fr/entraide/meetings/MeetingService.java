package fr.entraide.meetings;

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
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.MemberLeft;
import fr.entraide.groups.MemberStatus;
import fr.entraide.mail.Attachment;
import fr.entraide.meetings.api.AttendeeView;
import fr.entraide.meetings.api.MeetingRequest;
import fr.entraide.meetings.api.MeetingView;
import fr.entraide.meetings.api.RsvpResponse;
import fr.entraide.meetings.api.UpdateMeetingRequest;
import fr.entraide.notifications.Notice;
import fr.entraide.notifications.NotificationService;
import fr.entraide.notifications.NotificationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Meetings: coordinators schedule, edit and cancel them (members are told, calendar clients follow through UID and
 * SEQUENCE); members answer yes / maybe / no, and a capacity, when set, caps the yes under a row lock.
 */
@ApplicationScoped
public class MeetingService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    NotificationService notifications;

    @Inject
    CreationQuota quota;

    @Inject
    MeetingViews views;

    @Inject
    AppConfig config;

    /** Upcoming first by default; {@code from}/{@code to} for a month view; a page at a time, in start order. */
    public PageResponse<MeetingView> list(String slug, Optional<Caller> caller, Instant from, Instant to, PageParams page) {
        Group group = groups.readable(slug, caller);
        Instant start = from != null ? from : Instant.now();
        List<String> after = Cursor.decode(page.cursor, 2);
        var query = em.createQuery("select m from Meeting m where m.groupId = :group and m.endsAt >= :start"
                        + (to == null ? "" : " and m.startsAt < :to")
                        + (after.isEmpty() ? "" : " and (m.startsAt > :afterStart or (m.startsAt = :afterStart and m.id > :afterId))")
                        + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("group", group.id)
                .setParameter("start", start)
                .setMaxResults(page.limit + 1);
        if (to != null) {
            query.setParameter("to", to);
        }
        if (!after.isEmpty()) {
            query.setParameter("afterStart", Cursor.instant(after.get(0))).setParameter("afterId", Cursor.id(after.get(1)));
        }
        List<Meeting> meetings = query.getResultList();
        return PageResponse.ofAll(meetings, page.limit, m -> Cursor.encode(m.startsAt, m.id), rows -> views.of(group, rows, caller));
    }

    public MeetingView get(long id, Optional<Caller> caller) {
        Meeting meeting = readable(id, caller);
        return views.of(Group.findById(meeting.groupId), meeting, caller);
    }

    @Transactional
    public MeetingView create(String slug, Caller caller, MeetingRequest request) {
        Group group = groups.readable(slug, Optional.of(caller));
        Meeting meeting = schedule(group, caller, request);
        tell(activeMembers(group), caller.id(), NotificationType.MEETING_SCHEDULED, meeting, group);
        return views.of(group, meeting, Optional.of(caller));
    }

    /** Who may schedule a meeting in a group: its coordinators (and site admins), whichever way it is made. */
    public boolean canSchedule(Group group, Caller caller) {
        return MeetingPolicy.schedule(groups.standing(group, Optional.of(caller)));
    }

    /**
     * Writes a meeting without telling anyone (the caller decides whom to tell). Every path that makes a meeting
     * (the agenda, a closed poll) comes through here, and so through {@link #canSchedule}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting schedule(Group group, Caller caller, MeetingRequest request) {
        if (!canSchedule(group, caller)) {
            throw ProblemException.forbidden("meeting.coordinators-only", group.name);
        }
        quota.require(CreationQuota.Kind.MEETING, caller.id(), 1);
        EventFields.requireSchedule(request.startsAt(), request.endsAt(), "");
        Meeting meeting = new Meeting();
        meeting.groupId = group.id;
        meeting.title = request.title().strip();
        meeting.description = request.description() == null ? "" : request.description().strip();
        meeting.kind = request.kind();
        meeting.startsAt = request.startsAt();
        meeting.endsAt = request.endsAt();
        meeting.timezone = EventFields.timezone(request.timezone());
        meeting.onlineUrl = EventFields.onlineUrl(request.onlineUrl());
        meeting.location = request.location() == null || request.location().isBlank() ? null : request.location().strip();
        meeting.capacity = capacity(request.capacity());
        meeting.createdBy = caller.id();
        meeting.persist();
        return meeting;
    }

    @Transactional
    public MeetingView update(long id, Caller caller, UpdateMeetingRequest request) {
        Meeting meeting = coordinated(id, caller);
        Patch.requireVersion(request.version(), meeting.version);
        if (meeting.cancelledAt != null) {
            throw ProblemException.conflict(null, "meeting.cancelled");
        }
        Patch.requiredText(request.title(), "title", "common.title-blank", value -> meeting.title = value);
        Patch.text(request.description(), value -> meeting.description = value);
        if (request.kind() != null) {
            meeting.kind = request.kind();
        }
        if (request.startsAt() != null || request.endsAt() != null) {
            Instant startsAt = request.startsAt() != null ? request.startsAt() : meeting.startsAt;
            Instant endsAt = request.endsAt() != null ? request.endsAt() : meeting.endsAt;
            EventFields.requireSchedule(startsAt, endsAt, "");
            meeting.startsAt = startsAt;
            meeting.endsAt = endsAt;
        }
        if (request.timezone() != null) {
            meeting.timezone = EventFields.timezone(request.timezone());
        }
        if (request.onlineUrl() != null) {
            meeting.onlineUrl = EventFields.onlineUrl(request.onlineUrl());
        }
        if (request.location() != null) {
            meeting.location = request.location().isBlank() ? null : request.location().strip();
        }
        if (request.capacity() != null) {
            int capacity = capacity(request.capacity());
            long yes = Rsvp.answers(meeting.id, RsvpResponse.YES);
            if (capacity < yes) {
                throw ProblemException.conflict("capacity", "meeting.capacity-below-yes", yes, capacity);
            }
            meeting.capacity = capacity;
        }
        meeting.sequence++;
        meeting.updatedAt = Instant.now();
        Group group = Group.findById(meeting.groupId);
        tell(answered(meeting), caller.id(), NotificationType.MEETING_UPDATED, meeting, group);
        em.flush();
        return views.of(group, meeting, Optional.of(caller));
    }

    /** Everyone who answered is told; calendar clients see STATUS:CANCELLED with a higher SEQUENCE. */
    @Transactional
    public MeetingView cancel(long id, Caller caller, String reason) {
        Meeting meeting = coordinated(id, caller);
        if (meeting.cancelledAt != null) {
            throw ProblemException.conflict(null, "meeting.already-cancelled");
        }
        meeting.cancelledAt = Instant.now();
        meeting.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        meeting.sequence++;
        meeting.updatedAt = Instant.now();
        Group group = Group.findById(meeting.groupId);
        tell(answered(meeting), caller.id(), NotificationType.MEETING_CANCELLED, meeting, group);
        em.flush();
        return views.of(group, meeting, Optional.of(caller));
    }

    /**
     * Marks these people as coming (a poll's "oui" voters, when the poll becomes this meeting): active members only,
     * within the meeting's capacity, in the order given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markComing(Meeting meeting, List<Long> userIds) {
        long seats = meeting.capacity == null ? Long.MAX_VALUE : meeting.capacity;
        List<Long> members = activeMembers(Group.findById(meeting.groupId));
        userIds.stream().filter(members::contains).limit(seats).forEach(userId -> {
            Rsvp rsvp = new Rsvp();
            rsvp.meetingId = meeting.id;
            rsvp.userId = userId;
            rsvp.response = RsvpResponse.YES;
            rsvp.persist();
        });
    }

    @Transactional
    public MeetingView rsvp(long id, Caller caller, RsvpResponse response) {
        Meeting meeting = Meeting.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        Group group = Group.findById(meeting.groupId);
        GroupAccess.membersOnly(GroupPolicy.takePart(groups.standing(group, Optional.of(caller))), group);
        if (meeting.cancelledAt != null) {
            throw ProblemException.conflict(null, "meeting.cancelled");
        }
        if (!meeting.endsAt.isAfter(Instant.now())) {
            throw ProblemException.conflict(null, "meeting.past");
        }
        Rsvp rsvp = Rsvp.<Rsvp>find("meetingId = ?1 and userId = ?2", meeting.id, caller.id()).firstResultOptional().orElseGet(() -> {
            Rsvp created = new Rsvp();
            created.meetingId = meeting.id;
            created.userId = caller.id();
            return created;
        });
        if (response == RsvpResponse.YES && rsvp.response != RsvpResponse.YES && meeting.capacity != null
                && Rsvp.answers(meeting.id, RsvpResponse.YES) >= meeting.capacity) {
            throw ProblemException.conflict("response", "meeting.full");
        }
        rsvp.response = response;
        rsvp.respondedAt = Instant.now();
        rsvp.persist();
        em.flush();
        return views.of(group, meeting, Optional.of(caller));
    }

    /** Someone who leaves the group no longer answers for its upcoming meetings (nor gets their reminders). */
    void withdrawAnswers(@Observes MemberLeft left) {
        Rsvp.delete("userId = ?1 and meetingId in (select m.id from Meeting m where m.groupId = ?2 and m.endsAt > ?3)",
                left.userId(), left.groupId(), Instant.now());
    }

    public List<AttendeeView> attendees(long id, Caller caller) {
        Meeting meeting = readable(id, Optional.of(caller));
        Group group = Group.findById(meeting.groupId);
        GroupAccess.membersOnly(MeetingPolicy.seeAttendees(groups.standing(group, Optional.of(caller))), group);
        return em.createQuery("""
                        select r, u from Rsvp r join User u on u.id = r.userId
                        where r.meetingId = :meeting order by r.response, u.displayName""", Object[].class)
                .setParameter("meeting", meeting.id)
                .getResultStream()
                .map(row -> {
                    Rsvp r = (Rsvp) row[0];
                    User u = (User) row[1];
                    return new AttendeeView(u.id, u.displayName, r.response, r.respondedAt);
                })
                .toList();
    }

    /** Members are told with the meeting's .ics joined, so it lands in (or, cancelled, leaves) their calendar. */
    public void tell(Collection<Long> userIds, Long actorId, NotificationType type, Meeting meeting, Group group) {
        notifications.tell(userIds, actorId, group, meeting.title, "/groups/" + group.slug + "/meetings/" + meeting.id,
                type == NotificationType.MEETING_CANCELLED ? meeting.cancelReason : meeting.onlineUrl,
                () -> Attachment.calendar("rencontre-" + meeting.id + ".ics", Ics.publish(List.of(meeting.calendarEvent(group.slug, true, config.publicUrl())))),
                Notice.meeting(type, meeting.title, meeting.startsAt, meeting.timezone));
    }

    Meeting readable(long id, Optional<Caller> caller) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("meeting.not-found", id));
        groups.readable(Group.<Group>findById(meeting.groupId), caller);
        return meeting;
    }

    private Meeting coordinated(long id, Caller caller) {
        Meeting meeting = Meeting.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        Group group = Group.findById(meeting.groupId);
        GroupAccess.coordinatorsOnly(canSchedule(group, caller), group);
        return meeting;
    }

    private List<Long> answered(Meeting meeting) {
        return Rsvp.<Rsvp>list("meetingId", meeting.id).stream().map(r -> r.userId).toList();
    }

    private List<Long> activeMembers(Group group) {
        return em.createQuery("select m.userId from Membership m where m.groupId = :group and m.status = :active", Long.class)
                .setParameter("group", group.id).setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    private static Integer capacity(Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw ProblemException.invalid("capacity", "meeting.capacity-min");
        }
        return capacity;
    }
}
