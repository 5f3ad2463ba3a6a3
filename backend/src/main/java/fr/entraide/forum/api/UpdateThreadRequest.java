package fr.entraide.forum.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UpdateThreadRequest(
        @Size(min = 1, max = 200) String title,
        @Schema(description = "Slug de la rubrique de destination") String category,
        @Schema(description = "Soucieux·ses seulement") Boolean pinned,
        @Schema(description = "Soucieux·ses seulement") Boolean locked,
        @NotNull Long version) {
}
