package fr.entraide.groups.api;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.groups.MemberRole;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;

import java.time.Instant;

public record MemberResponse(long userId, String username, String displayName, MemberRole role, MemberStatus status,
                             Instant joinedAt, UserRef invitedBy) {

    public static MemberResponse of(Membership membership, User user, User inviter) {
        return new MemberResponse(user.id, user.username, user.displayName, membership.role, membership.status,
                membership.joinedAt, inviter == null ? null : new UserRef(inviter.id, inviter.displayName));
    }
}
