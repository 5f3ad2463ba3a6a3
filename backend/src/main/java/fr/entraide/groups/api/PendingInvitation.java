package fr.entraide.groups.api;

import fr.entraide.accounts.api.UserRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An invitation of a group not yet accepted, revoked or expired, as its coordinators see it. */
public record PendingInvitation(long id, String email,
                                @Schema(description = "Qui a invité ; null si son compte n'existe plus") UserRef invitedBy,
                                Instant createdAt, Instant expiresAt) {
}
