package fr.entraide.roadmap.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.roadmap.ActionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

public record CreateActionRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Intégration des médiathèques dans la carte des tiers-lieux de l'ANTL") String title,
        @MultiLine @Size(max = 8000) String description,
        @Schema(description = "WAITING par défaut") ActionStatus status,
        LocalDate targetDate) {
}
