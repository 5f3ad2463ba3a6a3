package fr.entraide.roadmap.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.roadmap.ActionStatus;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** PATCH semantics; {@code version} is the one read, 409 when someone changed the action since. */
public record UpdateActionRequest(
        @Size(min = 1, max = 200) String title,
        @MultiLine @Size(max = 8000) String description,
        ActionStatus status,
        @Schema(description = "Déplacer vers un autre axe du même groupe") Long axisId,
        @Min(1) @Schema(description = "Rang dans l'axe, à partir de 1") Integer position,
        LocalDate targetDate,
        @NotNull Long version) {
}
