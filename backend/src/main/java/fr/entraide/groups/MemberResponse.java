package fr.entraide.groups;

import fr.entraide.accounts.User;
import fr.entraide.accounts.UserRef;

import java.time.Instant;

public record MemberResponse(long userId, String username, String displayName, MemberRole role, MemberStatus status,
                             Instant joinedAt, UserRef invitedBy) {

    static MemberResponse of(Membership membership, User user, User inviter) {
        return new MemberResponse(user.id, user.username, user.displayName, membership.role, membership.status,
                membership.joinedAt, inviter == null ? null : new UserRef(inviter.id, inviter.displayName));
    }
}
