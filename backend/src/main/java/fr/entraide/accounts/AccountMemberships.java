package fr.entraide.accounts;

import fr.entraide.accounts.api.MyMembership;
import fr.entraide.accounts.api.SentInvitation;

import java.util.List;

/**
 * What an account needs to know of the groups it belongs to. The groups part implements it, so that accounts, which
 * every feature builds on, depends on none of them.
 */
public interface AccountMemberships {

    /** The account's groups, as {@code GET /me} lists them. */
    List<MyMembership> of(long userId);

    /** The invitations the account sent, for the export of its data. */
    List<SentInvitation> sentBy(long userId);

    /**
     * Takes an account being deleted out of all its groups, in the caller's transaction; refuses with a conflict,
     * before changing anything, when it is the only coordinator of a group.
     */
    void leaveAll(long userId);
}
