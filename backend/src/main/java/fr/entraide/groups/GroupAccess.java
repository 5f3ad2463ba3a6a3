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
        if (group.visibility == Visibility.PRIVATE && !isActiveMemberOrAdmin(group, caller)) {
            throw notFound(group.slug);
        }
        return group;
    }

    /** The same, with the group's row locked for the rest of the transaction (membership changes). */
    public Group readableForUpdate(String slug, Caller caller) {
        Group group = readable(slug, Optional.of(caller));
        return Group.findById(group.id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Membership requireActiveMember(Group group, Caller caller) {
        return Membership.of(group.id, caller.id())
                .filter(m -> m.status == MemberStatus.ACTIVE)
                .orElseThrow(() -> ProblemException.forbidden("group.members-only", group.name));
    }

    public void requireCoordinator(Group group, Caller caller) {
        if (!isCoordinatorOrAdmin(group, caller)) {
            throw ProblemException.forbidden("group.coordinators-only", group.name);
        }
    }

    public boolean isCoordinatorOrAdmin(Group group, Caller caller) {
        return caller.isAdmin() || Membership.of(group.id, caller.id()).filter(Membership::isActiveCoordinator).isPresent();
    }

    /**
     * Visio links of meetings and workshops are for the group's members (and site admins), never for visitors of a
     * public group: every view and calendar that shows an online link asks this.
     */
    public boolean seesOnlineLinks(Group group, Optional<Caller> caller) {
        return isActiveMemberOrAdmin(group, caller);
    }

    private boolean isActiveMemberOrAdmin(Group group, Optional<Caller> caller) {
        return caller.map(c -> c.isAdmin() || Membership.of(group.id, c.id())
                .filter(m -> m.status == MemberStatus.ACTIVE).isPresent()).orElse(false);
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("group.not-found", slug);
    }
}
