package fr.entraide.accounts.api;

import java.time.Instant;

public record SentInvitation(String group, String email, Instant createdAt, Instant acceptedAt) {
}
