package fr.entraide.groups;

import java.time.Instant;

public record InvitationCreated(long id, String email, Instant expiresAt) {
}
