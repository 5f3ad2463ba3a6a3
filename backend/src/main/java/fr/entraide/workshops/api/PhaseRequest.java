package fr.entraide.workshops.api;

import fr.entraide.workshops.Phase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PhaseRequest(
        @NotNull Phase phase,
        @Min(1) @Max(180) @Schema(description = "Durée du minuteur ; la durée suggérée de la phase par défaut") Integer minutes) {
}
