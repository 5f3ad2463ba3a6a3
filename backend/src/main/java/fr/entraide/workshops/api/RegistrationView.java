package fr.entraide.workshops.api;

import fr.entraide.workshops.RegistrationStatus;

import java.time.Instant;

public record RegistrationView(long userId, String username, String displayName, RegistrationStatus status,
                               Integer position, Instant createdAt) {
}
