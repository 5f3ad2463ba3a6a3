package fr.entraide.boards.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AddCardRequest(
        @NotNull @Schema(description = "L'id de la colonne") Long column,
        @NotBlank @Size(max = 500) @Schema(examples = "Les médiathèques ne sont pas sur la carte") String text,
        @MultiLine @Size(max = 8000) @Schema(description = "Précisions en Markdown") String details) {
}
