package fr.entraide.accounts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For clients without cookies; the SPA sends its refresh token in the HttpOnly cookie instead. */
public record RefreshRequest(@Schema(description = "Jeton de renouvellement reçu à la connexion") String refreshToken) {
}
