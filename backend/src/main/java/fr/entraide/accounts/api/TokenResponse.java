package fr.entraide.accounts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TokenResponse(
        @Schema(description = "JWT RS256 à envoyer dans Authorization: Bearer") String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Durée de validité du jeton d'accès, en secondes", examples = "900") long expiresIn,
        @Schema(description = "Jeton de renouvellement à usage unique (POST /auth/refresh)") String refreshToken,
        @Schema(description = "Secondes restantes de la session (une journée de travail)") long refreshExpiresIn,
        MeResponse user) {
}
