package fr.entraide.accounts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.entraide.accounts.PersonalAccessToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record PersonalTokenResponse(
        long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Le secret, montré une seule fois à la création") String token) {

    public static PersonalTokenResponse of(PersonalAccessToken pat, String secret) {
        return new PersonalTokenResponse(pat.id, pat.name, pat.createdAt, pat.expiresAt, pat.lastUsedAt, secret);
    }
}
