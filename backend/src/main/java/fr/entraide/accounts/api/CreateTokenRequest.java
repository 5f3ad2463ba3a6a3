package fr.entraide.accounts.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record CreateTokenRequest(
        @NotBlank @Size(max = 80) @Schema(examples = "Export vers le tableur du réseau") String name,
        @Future @Schema(description = "Facultatif : date d'expiration") Instant expiresAt) {
}
