package fr.entraide.groups.api;

import fr.entraide.accounts.api.UserRef;

import java.time.Instant;

/** What the invitee sees before accepting. */
public record InvitationView(GroupRef group, UserRef invitedBy, String email, String message, Instant expiresAt) {
}
