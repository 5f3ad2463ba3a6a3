package fr.entraide.groups;

import fr.entraide.common.security.Caller;

import java.util.Optional;

/**
 * The caller's standing in one group, what every policy of a group's features decides from: signed in or not, a
 * verified address, a site administrator, and their membership (status and role) if they have one.
 */
public record Standing(boolean signedIn, boolean verified, boolean siteAdmin, MemberStatus status, MemberRole role) {

    public static final Standing VISITOR = new Standing(false, false, false, null, null);

    public static Standing of(Optional<Caller> caller, Optional<Membership> membership) {
        return of(caller, membership.map(m -> m.status).orElse(null), membership.map(m -> m.role).orElse(null));
    }

    /** The same from a membership's status and role (both null for someone who has none). */
    public static Standing of(Optional<Caller> caller, MemberStatus status, MemberRole role) {
        return caller.map(c -> new Standing(true, c.emailVerified(), c.isAdmin(), status, role)).orElse(VISITOR);
    }

    public boolean activeMember() {
        return status == MemberStatus.ACTIVE;
    }

    /** The group's coordinators, and site administrators, who may act as coordinators in every group. */
    public boolean coordinator() {
        return siteAdmin || activeMember() && role == MemberRole.COORDINATOR;
    }
}
