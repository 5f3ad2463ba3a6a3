package fr.entraide.accounts.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LoginRequest(
        @NotBlank @Schema(examples = "camille.martin@mediatheque-exemple.fr") String email,
        @NotBlank @Schema(examples = "une phrase de passe assez longue") String password) {
}
