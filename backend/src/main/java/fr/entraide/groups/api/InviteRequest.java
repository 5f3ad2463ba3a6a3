package fr.entraide.groups.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InviteRequest(
        @NotBlank @Email @Size(max = 254) @Schema(examples = "directrice@mediatheque-exemple.fr") String email,
        @MultiLine @Size(max = 2000) @Schema(examples = "Je pense que notre groupe t'intéressera !") String message) {
}
