package fr.entraide.boards.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PromoteRequest(
        @NotNull Target to,
        @Schema(description = "ACTION : l'axe de la feuille de route") Long axisId,
        @Size(max = 80) @Schema(description = "THREAD : le slug de la catégorie du forum") String category) {

    public enum Target { ACTION, THREAD }
}
