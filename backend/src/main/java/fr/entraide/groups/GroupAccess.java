package fr.entraide.groups;

import fr.entraide.common.cache.ReadCache;
import fr.entraide.common.cache.ReadCaches;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/**
 * Who may see and act on a group: the rules every feature of a group relies on. Groups and memberships, read on
 * every request of a group's pages and seldom changed, are kept in {@link ReadCaches} for the read paths.
 */
@ApplicationScoped
public class GroupAccess {

    private record Member(long groupId, long userId) {
    }

    private record Place(MemberStatus status, MemberRole role) {
    }

    private final ReadCache<String, GroupSnapshot> groupsBySlug = ReadCaches.create(1_000);
    private final ReadCache<Long, GroupSnapshot> groupsById = ReadCaches.create(1_000);
    private final ReadCache<Member, Place> places = ReadCaches.create(20_000);

    /** A group the caller may read; a private group is a 404 for outsiders, so its existence does not leak. */
    public Group readable(String slug, Optional<Caller> caller) {
        return readable(Group.findBySlug(slug).orElseThrow(() -> notFound(slug)), caller);
    }

    /** The same check for a group already loaded (a thread's, an action's…). */
    public Group readable(Group group, Optional<Caller> caller) {
        if (!GroupPolicy.read(group.visibility, standing(group, caller))) {
            throw notFound(group.slug);
        }
        return group;
    }

    /** The same check for a read path that needs only what {@link GroupSnapshot} holds: no query once cached. */
    public GroupSnapshot readableSnapshot(String slug, Optional<Caller> caller) {
        return readable(groupsBySlug.get(slug, () -> Group.findBySlug(slug).map(GroupSnapshot::of))
                .orElseThrow(() -> notFound(slug)), caller);
    }

    /** The same for a group known by its id (a thread's, an action's…), which exists. */
    public GroupSnapshot readableSnapshot(long groupId, Optional<Caller> caller) {
        return readable(groupsById.get(groupId, () -> Group.<Group>findByIdOptional(groupId).map(GroupSnapshot::of))
                .orElseThrow(() -> notFound(Long.toString(groupId))), caller);
    }

    private GroupSnapshot readable(GroupSnapshot group, Optional<Caller> caller) {
        if (!GroupPolicy.read(group.visibility(), standing(group.id(), caller))) {
            throw notFound(group.slug());
        }
        return group;
    }

    /** The same, with the group's row locked for the rest of the transaction (membership changes). */
    public Group readableForUpdate(String slug, Caller caller) {
        Group group = readable(slug, Optional.of(caller));
        return Group.findById(group.id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The caller's standing in a group: one query for a signed-in caller (none once cached), none for a visitor. */
    public Standing standing(Group group, Optional<Caller> caller) {
        return standing(group.id, caller);
    }

    public Standing standing(long groupId, Optional<Caller> caller) {
        Optional<Place> place = caller.flatMap(c -> places.get(new Member(groupId, c.id()),
                () -> Membership.of(groupId, c.id()).map(m -> new Place(m.status, m.role))));
        return Standing.of(caller, place.map(Place::status).orElse(null), place.map(Place::role).orElse(null));
    }

    public void requireActiveMember(Group group, Caller caller) {
        membersOnly(GroupPolicy.takePart(standing(group, Optional.of(caller))), group);
    }

    public void requireCoordinator(Group group, Caller caller) {
        coordinatorsOnly(isCoordinatorOrAdmin(group, caller), group);
    }

    public boolean isCoordinatorOrAdmin(Group group, Caller caller) {
        return GroupPolicy.coordinate(standing(group, Optional.of(caller)));
    }

    /**
     * Visio links of meetings and workshops are for the group's members (and site admins), never for visitors of a
     * public group: every view and calendar that shows an online link asks this.
     */
    public boolean seesOnlineLinks(Group group, Optional<Caller> caller) {
        return GroupPolicy.seeOnlineLinks(standing(group, caller));
    }

    /** A rule of one of the group's features that only its members pass: a 403 naming the group otherwise. */
    public static void membersOnly(boolean allowed, Group group) {
        if (!allowed) {
            throw ProblemException.forbidden("group.members-only", group.name);
        }
    }

    /** The same for a rule that only its coordinators (and site admins) pass. */
    public static void coordinatorsOnly(boolean allowed, Group group) {
        if (!allowed) {
            throw ProblemException.forbidden("group.coordinators-only", group.name);
        }
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("group.not-found", slug);
    }
}
