package fr.entraide.groups;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/** Who may see and act on a group: the rules every feature of a group relies on. */
@ApplicationScoped
public class GroupAccess {

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

    /** The same, with the group's row locked for the rest of the transaction (membership changes). */
    public Group readableForUpdate(String slug, Caller caller) {
        Group group = readable(slug, Optional.of(caller));
        return Group.findById(group.id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The caller's standing in a group: one query for a signed-in caller, none for a visitor. */
    public Standing standing(Group group, Optional<Caller> caller) {
        return Standing.of(caller, caller.flatMap(c -> Membership.of(group.id, c.id())));
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
