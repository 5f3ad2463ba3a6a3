package fr.entraide.roadmap;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.forum.Category;
import fr.entraide.forum.ForumThread;
import fr.entraide.forum.Subscriptions;
import fr.entraide.forum.ThreadService;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.MemberLeft;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.notifications.Notice;
import fr.entraide.notifications.NotificationService;
import fr.entraide.roadmap.api.ActionPage;
import fr.entraide.roadmap.api.ActionView;
import fr.entraide.roadmap.api.AxisView;
import fr.entraide.roadmap.api.CreateActionRequest;
import fr.entraide.roadmap.api.CreateAxisRequest;
import fr.entraide.roadmap.api.HistoryView;
import fr.entraide.roadmap.api.RoadmapView;
import fr.entraide.roadmap.api.UpdateActionRequest;
import fr.entraide.roadmap.api.UpdateAxisRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roadmap's rules: coordinators shape it (axes, actions, order, statuses), members volunteer, every change of
 * status, title, axis and volunteers is recorded, and a new status is told to the action's volunteers and to
 * those who watch its discussion.
 */
@ApplicationScoped
public class RoadmapService {

    /** The category where each action's discussion thread is opened. */
    static final String ROADMAP_CATEGORY = "feuille-de-route";

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    ThreadService threads;

    @Inject
    Subscriptions subscriptions;

    @Inject
    NotificationService notifications;

    @Inject
    AppConfig config;

    @Inject
    AuditLog audit;

    /** The whole board in three queries: axes, actions, volunteers. */
    public RoadmapView roadmap(String slug, Optional<Caller> caller) {
        Group group = groups.readable(slug, caller);
        List<Axis> axes = Axis.list("groupId = ?1 order by position, id", group.id);
        List<RoadmapAction> actions = RoadmapAction.list("groupId = ?1 order by position, id", group.id);
        Map<Long, List<UserRef>> volunteers = volunteersOf(actions.stream().map(a -> a.id).toList());
        Map<Long, List<ActionView>> byAxis = actions.stream().collect(Collectors.groupingBy(a -> a.axisId,
                Collectors.mapping(a -> view(a, volunteers.getOrDefault(a.id, List.of())), Collectors.toList())));
        List<AxisView> views = axes.stream()
                .map(axis -> new AxisView(axis.id, axis.title, axis.description, axis.position, axis.version,
                        byAxis.getOrDefault(axis.id, List.of())))
                .toList();
        return new RoadmapView(views, RoadmapPolicy.can(groups.standing(group, caller)));
    }

    @Transactional
    public AxisView createAxis(String slug, Caller caller, CreateAxisRequest request) {
        Group group = coordinatedGroup(slug, caller);
        Axis axis = new Axis();
        axis.groupId = group.id;
        axis.title = request.title().strip();
        axis.description = request.description() == null ? "" : request.description().strip();
        axis.position = (int) Axis.count("groupId", group.id) + 1;
        axis.persist();
        return new AxisView(axis.id, axis.title, axis.description, axis.position, axis.version, List.of());
    }

    @Transactional
    public AxisView updateAxis(long id, Caller caller, UpdateAxisRequest request) {
        Axis axis = axisFor(id, caller);
        Patch.requireVersion(request.version(), axis.version);
        Patch.requiredText(request.title(), "title", "common.title-blank", value -> axis.title = value);
        Patch.text(request.description(), value -> axis.description = value);
        if (request.position() != null) {
            List<Axis> siblings = new ArrayList<>(Axis.<Axis>list("groupId = ?1 order by position, id", axis.groupId));
            siblings.remove(axis);
            siblings.add(Math.min(request.position(), siblings.size() + 1) - 1, axis);
            for (int i = 0; i < siblings.size(); i++) {
                siblings.get(i).position = i + 1;
            }
        }
        em.flush();
        List<RoadmapAction> actions = RoadmapAction.list("axisId = ?1 order by position, id", axis.id);
        Map<Long, List<UserRef>> volunteers = volunteersOf(actions.stream().map(a -> a.id).toList());
        return new AxisView(axis.id, axis.title, axis.description, axis.position, axis.version,
                actions.stream().map(a -> view(a, volunteers.getOrDefault(a.id, List.of()))).toList());
    }

    @Transactional
    public void deleteAxis(long id, Caller caller) {
        Axis axis = axisFor(id, caller);
        if (RoadmapAction.count("axisId", axis.id) > 0) {
            throw ProblemException.conflict(null, "roadmap.axis-not-empty");
        }
        axis.delete();
        renumberAxes(axis.groupId);
        audit.record(caller.id(), "roadmap.axis_deleted", AuditLog.Target.inGroup(axis.groupId, "axis", axis.id),
                Map.of("title", axis.title));
    }

    /** Creates the action and, when the group has a "feuille de route" category, its discussion thread. */
    @Transactional
    public ActionView createAction(long axisId, Caller caller, CreateActionRequest request) {
        Axis axis = axisFor(axisId, caller);
        Group group = Group.findById(axis.groupId);
        RoadmapAction action = new RoadmapAction();
        action.groupId = group.id;
        action.axisId = axis.id;
        action.title = request.title().strip();
        action.description = request.description() == null ? "" : request.description().strip();
        action.status = request.status() == null ? ActionStatus.WAITING : request.status();
        action.targetDate = plausible(request.targetDate());
        action.position = (int) RoadmapAction.count("axisId", axis.id) + 1;
        action.persist();
        if (Category.bySlug(group.id, ROADMAP_CATEGORY).isPresent()) {
            String link = "/groups/" + group.slug + "/roadmap/actions/" + action.id;
            String body = (action.description.isEmpty() ? "" : action.description + "\n\n")
                    + "Discussion de l'action « " + action.title + " » de l'axe *" + axis.title + "* : "
                    + "[voir l'action dans la feuille de route](" + config.publicUrl() + link + ").";
            action.threadId = threads.openFor(group, ROADMAP_CATEGORY, caller, action.title, body).id;
            em.flush();
        }
        return view(action, List.of());
    }

    public ActionPage page(long id, Optional<Caller> caller) {
        RoadmapAction action = readableAction(id, caller);
        Group group = Group.findById(action.groupId);
        Axis axis = Axis.findById(action.axisId);
        boolean volunteering = caller.map(c -> Volunteer.carries(action.id, c.id())).orElse(false);
        var subscription = caller.flatMap(c -> Optional.ofNullable(action.threadId).map(threadId -> {
            ForumThread thread = ForumThread.findById(threadId);
            return subscriptions.effective(c.id(), thread, Category.findById(thread.categoryId));
        })).orElse(null);
        return new ActionPage(view(action, volunteersOf(List.of(action.id)).getOrDefault(action.id, List.of())),
                new ActionPage.AxisRef(axis.id, axis.title), GroupRef.of(group), volunteering,
                RoadmapPolicy.can(groups.standing(group, caller), volunteering), subscription);
    }

    @Transactional
    public ActionView updateAction(long id, Caller caller, UpdateActionRequest request) {
        RoadmapAction action = RoadmapAction.<RoadmapAction>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("roadmap.action-not-found", id));
        Group group = groups.readable(Group.<Group>findById(action.groupId), Optional.of(caller));
        requireManager(group, caller);
        Patch.requireVersion(request.version(), action.version);
        ActionStatus previousStatus = action.status;
        if (request.title() != null && !request.title().strip().equals(action.title)) {
            if (request.title().isBlank()) {
                throw ProblemException.invalid("title", "common.title-blank");
            }
            HistoryEntry.record(action.id, caller.id(), "title", action.title, request.title().strip());
            action.title = request.title().strip();
        }
        Patch.text(request.description(), value -> action.description = value);
        if (request.targetDate() != null) {
            action.targetDate = plausible(request.targetDate());
        }
        if (request.status() != null && request.status() != action.status) {
            HistoryEntry.record(action.id, caller.id(), "status", action.status.name(), request.status().name());
            action.status = request.status();
        }
        if (request.axisId() != null && request.axisId() != action.axisId) {
            Axis target = Axis.<Axis>findByIdOptional(request.axisId())
                    .filter(axis -> axis.groupId == action.groupId)
                    .orElseThrow(() -> ProblemException.invalid("axisId", "roadmap.axis-not-in-roadmap"));
            Axis from = Axis.findById(action.axisId);
            HistoryEntry.record(action.id, caller.id(), "axis", from.title, target.title);
            long oldAxis = action.axisId;
            action.axisId = target.id;
            action.position = Integer.MAX_VALUE;
            em.flush();
            renumberActions(oldAxis, null, 0);
            renumberActions(target.id, action, request.position() == null ? Integer.MAX_VALUE : request.position());
        } else if (request.position() != null) {
            renumberActions(action.axisId, action, request.position());
        }
        action.updatedAt = Instant.now();
        em.flush();
        if (action.status != previousStatus) {
            tellStatusChange(group, action, caller, previousStatus);
        }
        return view(action, volunteersOf(List.of(action.id)).getOrDefault(action.id, List.of()));
    }

    @Transactional
    public void deleteAction(long id, Caller caller) {
        RoadmapAction action = readableAction(id, Optional.of(caller));
        requireManager(Group.findById(action.groupId), caller);
        long axisId = action.axisId;
        action.delete();
        renumberActions(axisId, null, 0);
        audit.record(caller.id(), "roadmap.action_deleted", AuditLog.Target.inGroup(action.groupId, "action", action.id),
                AuditLog.details("title", action.title, "axisId", axisId, "threadId", action.threadId));
    }

    public List<HistoryView> history(long id, Optional<Caller> caller) {
        RoadmapAction action = readableAction(id, caller);
        return em.createQuery("""
                        select h, u from HistoryEntry h left join User u on u.id = h.userId
                        where h.actionId = :action order by h.id desc""", Object[].class)
                .setParameter("action", action.id)
                .getResultStream()
                .map(row -> {
                    HistoryEntry entry = (HistoryEntry) row[0];
                    User by = (User) row[1];
                    return new HistoryView(entry.at, by == null ? null : new UserRef(by.id, by.displayName),
                            entry.field, entry.from, entry.to);
                })
                .toList();
    }

    /** "Je m'en empare": the volunteer also watches the action's discussion. */
    @Transactional
    public ActionView volunteer(long id, Caller caller) {
        RoadmapAction action = readableAction(id, Optional.of(caller));
        groups.requireActiveMember(Group.findById(action.groupId), caller);
        if (Volunteer.carries(action.id, caller.id())) {
            throw ProblemException.conflict(null, "roadmap.already-volunteer");
        }
        Volunteer volunteer = new Volunteer();
        volunteer.actionId = action.id;
        volunteer.userId = caller.id();
        volunteer.persist();
        HistoryEntry.record(action.id, caller.id(), "volunteers", null, caller.displayName());
        if (action.threadId != null) {
            subscriptions.watchUnlessChosen(List.of(caller.id()), action.threadId);
        }
        action.updatedAt = Instant.now();
        return view(action, volunteersOf(List.of(action.id)).getOrDefault(action.id, List.of()));
    }

    @Transactional
    public void withdraw(long id, Caller caller) {
        RoadmapAction action = readableAction(id, Optional.of(caller));
        if (!Volunteer.release(action.id, caller.id())) {
            throw ProblemException.notFound("roadmap.not-volunteer");
        }
        HistoryEntry.record(action.id, caller.id(), "volunteers", caller.displayName(), null);
        action.updatedAt = Instant.now();
    }

    private void requireManager(Group group, Caller caller) {
        GroupAccess.coordinatorsOnly(RoadmapPolicy.manage(groups.standing(group, Optional.of(caller))), group);
    }

    /** Someone who leaves the group no longer carries its actions; the history says so. */
    void releaseActions(@Observes MemberLeft left) {
        List<Volunteer> carried = em.createQuery("""
                        select v from Volunteer v where v.userId = :user and v.actionId in (
                            select a.id from RoadmapAction a where a.groupId = :group)""", Volunteer.class)
                .setParameter("user", left.userId()).setParameter("group", left.groupId()).getResultList();
        User user = User.findById(left.userId());
        for (Volunteer volunteer : carried) {
            HistoryEntry.record(volunteer.actionId, left.userId(), "volunteers", user.displayName, null);
            volunteer.delete();
        }
    }

    private void tellStatusChange(Group group, RoadmapAction action, Caller actor, ActionStatus previous) {
        Set<Long> recipients = new LinkedHashSet<>(Volunteer.<Volunteer>list("actionId", action.id).stream().map(v -> v.userId).toList());
        if (action.threadId != null) {
            ForumThread thread = ForumThread.findById(action.threadId);
            List<Long> members = em.createQuery(
                            "select m.userId from Membership m where m.groupId = :group and m.status = :active", Long.class)
                    .setParameter("group", group.id).setParameter("active", MemberStatus.ACTIVE).getResultList();
            recipients.addAll(subscriptions.watching(thread, Category.findById(thread.categoryId), members));
        }
        notifications.tell(recipients, actor.id(), group, action.title,
                "/groups/" + group.slug + "/roadmap/actions/" + action.id, null,
                Notice.actionStatusChanged(actor.displayName(), action.title, previous.name(), action.status.name()));
    }

    private static LocalDate plausible(LocalDate date) {
        if (date != null && date.getYear() >= 2100) {
            throw ProblemException.invalid("targetDate", "date.too-far");
        }
        return date;
    }


    /** Puts {@code moved} at {@code position} (1-based, clamped) in its axis and numbers the others around it. */
    private static void renumberActions(long axisId, RoadmapAction moved, int position) {
        List<RoadmapAction> siblings = new ArrayList<>(RoadmapAction.<RoadmapAction>list("axisId = ?1 order by position, id", axisId));
        if (moved != null) {
            siblings.removeIf(a -> Objects.equals(a.id, moved.id));
            siblings.add(Math.max(0, Math.min(position, siblings.size() + 1) - 1), moved);
        }
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).position = i + 1;
        }
    }

    private static void renumberAxes(long groupId) {
        List<Axis> axes = Axis.list("groupId = ?1 order by position, id", groupId);
        for (int i = 0; i < axes.size(); i++) {
            axes.get(i).position = i + 1;
        }
    }

    private Group coordinatedGroup(String slug, Caller caller) {
        Group group = groups.readable(slug, Optional.of(caller));
        requireManager(group, caller);
        return group;
    }

    private Axis axisFor(long id, Caller caller) {
        Axis axis = Axis.<Axis>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("roadmap.axis-not-found", id));
        coordinatedGroup(Group.<Group>findById(axis.groupId).slug, caller);
        return axis;
    }

    private RoadmapAction readableAction(long id, Optional<Caller> caller) {
        RoadmapAction action = RoadmapAction.<RoadmapAction>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("roadmap.action-not-found", id));
        groups.readable(Group.<Group>findById(action.groupId), caller);
        return action;
    }

    private Map<Long, List<UserRef>> volunteersOf(List<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select v.actionId, u from Volunteer v join User u on u.id = v.userId
                        where v.actionId in :actions order by v.id""", Object[].class)
                .setParameter("actions", actionIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> new UserRef(((User) row[1]).id, ((User) row[1]).displayName), Collectors.toList())));
    }

    private static ActionView view(RoadmapAction action, List<UserRef> volunteers) {
        return new ActionView(action.id, action.axisId, action.title, action.description, action.status, action.position,
                action.targetDate, volunteers, action.threadId, action.updatedAt, action.version);
    }

}
