package fr.entraide.workshops;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.notifications.NotificationHub;
import fr.entraide.workshops.api.PhaseRequest;
import fr.entraide.workshops.api.ProblemRequest;
import fr.entraide.workshops.api.ProblemView;
import fr.entraide.workshops.api.RecordRequest;
import fr.entraide.workshops.api.RecordView;
import fr.entraide.workshops.api.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The co-development session: confirmed participants bring problems and vote, the facilitator chooses one, and the
 * facilitator or the problem's owner writes the record that joins the group's journal ("document commun").
 */
@ApplicationScoped
public class SessionService {

    private static final DateTimeFormatter JOURNAL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    WorkshopService workshops;

    @Transactional
    public ProblemView bring(long workshopId, Caller caller, ProblemRequest request) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        requireConfirmed(workshop, caller);
        Problem problem = new Problem();
        problem.workshopId = workshop.id;
        problem.ownerId = caller.id();
        problem.title = request.title().strip();
        problem.description = request.description() == null ? "" : request.description().strip();
        problem.persist();
        return view(problem, User.findById(caller.id()), 0, false, workshop);
    }

    public List<ProblemView> problems(long workshopId, Caller caller) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        workshops.requireFollower(Group.findById(workshop.groupId), caller);
        List<Object[]> rows = em.createQuery("""
                        select p, u, (select count(v) from ProblemVote v where v.problemId = p.id),
                               (select count(v) from ProblemVote v where v.problemId = p.id and v.userId = :me)
                        from Problem p join User u on u.id = p.ownerId
                        where p.workshopId = :workshop order by p.id""", Object[].class)
                .setParameter("workshop", workshop.id)
                .setParameter("me", caller.id())
                .getResultList();
        return rows.stream().map(row -> view((Problem) row[0], (User) row[1], (Long) row[2], (Long) row[3] > 0, workshop)).toList();
    }

    @Transactional
    public void vote(long problemId, Caller caller) {
        Problem problem = problem(problemId, caller);
        requireConfirmed(Workshop.findById(problem.workshopId), caller);
        if (ProblemVote.count("problemId = ?1 and userId = ?2", problem.id, caller.id()) > 0) {
            throw ProblemException.conflict(null, "workshop.already-voted");
        }
        ProblemVote vote = new ProblemVote();
        vote.problemId = problem.id;
        vote.userId = caller.id();
        vote.persist();
    }

    @Transactional
    public void unvote(long problemId, Caller caller) {
        Problem problem = problem(problemId, caller);
        if (ProblemVote.delete("problemId = ?1 and userId = ?2", problem.id, caller.id()) == 0) {
            throw ProblemException.notFound("workshop.not-voted");
        }
    }

    @Transactional
    public ProblemView choose(long workshopId, Caller caller, long problemId) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        workshops.requireFacilitatorOrCoordinator(workshop, Group.findById(workshop.groupId), caller);
        Problem problem = Problem.<Problem>find("id = ?1 and workshopId = ?2", problemId, workshop.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid("problemId", "workshop.problem-not-brought"));
        workshop.chosenProblemId = problem.id;
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", NotificationHub.SESSION_CHANNEL)
                .setParameter("payload", String.valueOf(workshop.id))
                .getSingleResult();
        return problems(workshopId, caller).stream().filter(p -> p.id() == problem.id).findFirst().orElseThrow();
    }

    public SessionView session(long workshopId, Caller caller) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        workshops.requireFollower(Group.findById(workshop.groupId), caller);
        return session(workshop);
    }

    public static SessionView session(Workshop workshop) {
        return new SessionView(workshop.id, workshop.phase, workshop.phaseStartedAt, workshop.phaseEndsAt,
                workshop.chosenProblemId,
                Arrays.stream(Phase.values()).map(p -> new SessionView.PhaseInfo(p, p.suggestedMinutes)).toList());
    }

    /** The facilitator moves the session on; every participant's view follows live (pg_notify, then SSE). */
    @Transactional
    public SessionView setPhase(long workshopId, Caller caller, PhaseRequest request) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        workshops.requireFacilitatorOrCoordinator(workshop, Group.findById(workshop.groupId), caller);
        if (workshop.cancelledAt != null) {
            throw ProblemException.conflict(null, "workshop.cancelled");
        }
        Instant now = Instant.now();
        workshop.phase = request.phase();
        workshop.phaseStartedAt = now;
        workshop.phaseEndsAt = now.plus(Duration.ofMinutes(request.minutes() == null ? request.phase().suggestedMinutes : request.minutes()));
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", NotificationHub.SESSION_CHANNEL)
                .setParameter("payload", String.valueOf(workshop.id))
                .getSingleResult();
        return session(workshop);
    }

    public RecordView record(long workshopId, Caller caller) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        workshops.requireFollower(Group.findById(workshop.groupId), caller);
        return WorkshopRecord.<WorkshopRecord>find("workshopId", workshop.id).firstResultOptional()
                .map(SessionService::view)
                .orElse(new RecordView(workshop.id, "", List.of(), "", null, null, 0));
    }

    /** The facilitator or the chosen problem's owner writes it; {@code version} guards against lost updates. */
    @Transactional
    public RecordView write(long workshopId, Caller caller, RecordRequest request) {
        Workshop workshop = workshops.readable(workshopId, Optional.of(caller));
        Group group = Group.findById(workshop.groupId);
        boolean owner = workshop.chosenProblemId != null
                && Problem.<Problem>findById(workshop.chosenProblemId).ownerId == caller.id();
        if (!WorkshopPolicy.writeRecord(groups.standing(group, Optional.of(caller)), WorkshopService.relation(workshop, caller, owner))) {
            throw ProblemException.forbidden("workshop.facilitator-or-coordinators");
        }
        WorkshopRecord record = WorkshopRecord.<WorkshopRecord>find("workshopId", workshop.id).firstResultOptional().orElse(null);
        long current = record == null ? 0 : record.version;
        if (request.version() != current) {
            throw ProblemException.staleVersion();
        }
        if (record == null) {
            record = new WorkshopRecord();
            record.workshopId = workshop.id;
        }
        record.summary = request.summary() == null ? "" : request.summary().strip();
        record.insights = request.insights() == null ? List.of()
                : request.insights().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        record.actionPlan = request.actionPlan() == null ? "" : request.actionPlan().strip();
        record.updatedBy = caller.id();
        record.updatedAt = Instant.now();
        record.persist();
        em.flush();
        return view(record);
    }

    /** Every record of the group, newest workshop first. */
    public List<JournalEntry> journal(String slug, Caller caller) {
        Group group = groups.readable(slug, Optional.of(caller));
        workshops.requireFollower(group, caller);
        List<Object[]> rows = em.createQuery("""
                        select w, r from Workshop w join WorkshopRecord r on r.workshopId = w.id
                        where w.groupId = :group order by w.startsAt desc""", Object[].class)
                .setParameter("group", group.id)
                .getResultList();
        List<Long> problemIds = rows.stream().map(row -> ((Workshop) row[0]).chosenProblemId).filter(java.util.Objects::nonNull).toList();
        Map<Long, Problem> problems = problemIds.isEmpty() ? Map.of()
                : Problem.<Problem>list("id in ?1", problemIds).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Long> userIds = new ArrayList<>(problems.values().stream().map(p -> p.ownerId).toList());
        rows.forEach(row -> {
            Long facilitator = ((Workshop) row[0]).facilitatorId;
            if (facilitator != null) {
                userIds.add(facilitator);
            }
        });
        Map<Long, User> users = userIds.isEmpty() ? Map.of()
                : User.<User>list("id in ?1", userIds.stream().distinct().toList()).stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        return rows.stream().map(row -> {
            Workshop w = (Workshop) row[0];
            WorkshopRecord r = (WorkshopRecord) row[1];
            Problem p = w.chosenProblemId == null ? null : problems.get(w.chosenProblemId);
            return new JournalEntry(w.id, w.title, w.startsAt, ref(users.get(w.facilitatorId)), p == null ? null : p.title,
                    p == null ? null : ref(users.get(p.ownerId)), r.summary, r.insights, r.actionPlan);
        }).toList();
    }

    /** The journal as Markdown, to download and share. */
    public String journalMarkdown(String slug, Caller caller) {
        Group group = groups.readable(slug, Optional.of(caller));
        StringBuilder md = new StringBuilder("# Document commun des ateliers d'entraide — ").append(group.name).append("\n");
        for (JournalEntry entry : journal(slug, caller)) {
            md.append("\n## ").append(entry.title()).append(" — ").append(JOURNAL_DATE.format(entry.startsAt())).append("\n\n");
            if (entry.facilitator() != null) {
                md.append("- Animation : ").append(entry.facilitator().displayName()).append("\n");
            }
            if (entry.problem() != null) {
                md.append("- Problématique : ").append(entry.problem());
                if (entry.problemOwner() != null) {
                    md.append(" (portée par ").append(entry.problemOwner().displayName()).append(")");
                }
                md.append("\n");
            }
            if (!entry.summary().isEmpty()) {
                md.append("\n").append(entry.summary()).append("\n");
            }
            if (!entry.insights().isEmpty()) {
                md.append("\n### Pistes d'inspiration retenues\n\n");
                entry.insights().forEach(insight -> md.append("- ").append(insight).append("\n"));
            }
            if (!entry.actionPlan().isEmpty()) {
                md.append("\n### Plan d'action\n\n").append(entry.actionPlan()).append("\n");
            }
        }
        return md.toString();
    }

    private void requireConfirmed(Workshop workshop, Caller caller) {
        if (!WorkshopPolicy.takePartInSession(WorkshopService.relation(workshop, caller, false))) {
            throw ProblemException.forbidden("workshop.confirmed-participants-only");
        }
    }

    private Problem problem(long problemId, Caller caller) {
        Problem problem = Problem.<Problem>findByIdOptional(problemId)
                .orElseThrow(() -> ProblemException.notFound("workshop.problem-not-found", problemId));
        workshops.readable(problem.workshopId, Optional.of(caller));
        return problem;
    }

    private static ProblemView view(Problem problem, User owner, long votes, boolean mine, Workshop workshop) {
        return new ProblemView(problem.id, ref(owner), problem.title, problem.description, votes, mine,
                problem.id.equals(workshop.chosenProblemId), problem.createdAt);
    }

    private static RecordView view(WorkshopRecord record) {
        User by = record.updatedBy == null ? null : User.findById(record.updatedBy);
        return new RecordView(record.workshopId, record.summary, record.insights, record.actionPlan, ref(by),
                record.updatedAt, record.version);
    }

    private static UserRef ref(User user) {
        return user == null ? null : new UserRef(user.id, user.displayName);
    }
}
