package fr.entraide.groups;

import fr.entraide.accounts.UserRef;

import java.time.Instant;

/** What the invitee sees before accepting. */
public record InvitationView(GroupRef group, UserRef invitedBy, String email, String message, Instant expiresAt) {
}
