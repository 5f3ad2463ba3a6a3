package fr.entraide.workshops;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;
import fr.entraide.workshops.api.MyRegistration;
import fr.entraide.workshops.api.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one place that turns workshops into their views: counts, the caller's seat and what the caller may do. */
@ApplicationScoped
public class WorkshopViews {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    public WorkshopView of(Group group, Workshop workshop, Optional<Caller> caller) {
        return of(group, List.of(workshop), caller).get(0);
    }

    /** Counts and the caller's registrations for several workshops: four queries whatever their number. */
    public List<WorkshopView> of(Group group, List<Workshop> workshops, Optional<Caller> caller) {
        if (workshops.isEmpty()) {
            return List.of();
        }
        List<Long> ids = workshops.stream().map(w -> w.id).toList();
        Map<Long, Map<RegistrationStatus, Long>> counts = em.createQuery("""
                        select r.workshopId, r.status, count(r) from Registration r
                        where r.workshopId in :ids group by r.workshopId, r.status""", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.toMap(row -> (RegistrationStatus) row[1], row -> (Long) row[2])));
        Map<Long, Registration> mine = caller.map(c -> Registration.<Registration>list("userId = ?1 and workshopId in ?2", c.id(), ids)
                .stream().collect(Collectors.toMap(r -> r.workshopId, Function.identity()))).orElse(Map.of());
        List<Long> facilitatorIds = workshops.stream().map(w -> w.facilitatorId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, User> facilitators = facilitatorIds.isEmpty() ? Map.of()
                : User.<User>list("id in ?1", facilitatorIds).stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        Instant now = Instant.now();
        Standing standing = groups.standing(group, caller);
        boolean insider = GroupPolicy.seeOnlineLinks(standing);
        Set<Long> ownedChosenProblems = ownedChosenProblems(workshops, caller);
        return workshops.stream().map(w -> {
            long confirmed = counts.getOrDefault(w.id, Map.of()).getOrDefault(RegistrationStatus.CONFIRMED, 0L);
            long waitlisted = counts.getOrDefault(w.id, Map.of()).getOrDefault(RegistrationStatus.WAITLISTED, 0L);
            User facilitator = w.facilitatorId == null ? null : facilitators.get(w.facilitatorId);
            Registration registration = mine.get(w.id);
            WorkshopStatus status = w.status(confirmed, now);
            WorkshopPolicy.Relation relation = new WorkshopPolicy.Relation(w.facilitatedBy(caller),
                    registration == null ? null : registration.status,
                    w.chosenProblemId != null && ownedChosenProblems.contains(w.chosenProblemId));
            return new WorkshopView(w.id, group.slug, w.seriesId, w.title, w.description, w.startsAt, w.endsAt, w.timezone,
                    insider ? w.onlineUrl : null, w.onlineUrl != null, w.location, facilitator == null ? null : new UserRef(facilitator.id, facilitator.displayName),
                    w.capacity, confirmed, waitlisted, Math.max(0, w.capacity - confirmed), status,
                    registration == null ? null : mine(w.id, registration), w.chosenProblemId, w.threadId, w.phase, w.version,
                    WorkshopPolicy.can(standing, relation, status));
        }).toList();
    }

    /** The chosen problems of these workshops that the caller brought (they may write the record). */
    private static Set<Long> ownedChosenProblems(List<Workshop> workshops, Optional<Caller> caller) {
        List<Long> chosen = workshops.stream().map(w -> w.chosenProblemId).filter(java.util.Objects::nonNull).toList();
        if (caller.isEmpty() || chosen.isEmpty()) {
            return Set.of();
        }
        return Problem.<Problem>list("id in ?1 and ownerId = ?2", chosen, caller.get().id()).stream()
                .map(p -> p.id).collect(Collectors.toSet());
    }

    static MyRegistration mine(long workshopId, Registration registration) {
        if (registration.status == RegistrationStatus.CONFIRMED) {
            return new MyRegistration(RegistrationStatus.CONFIRMED, null);
        }
        long ahead = Registration.count("workshopId = ?1 and status = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4))",
                workshopId, RegistrationStatus.WAITLISTED, registration.createdAt, registration.id);
        return new MyRegistration(RegistrationStatus.WAITLISTED, (int) ahead + 1);
    }
}
