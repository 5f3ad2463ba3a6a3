package fr.entraide.workshops.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public record RecordRequest(
        @MultiLine @Size(max = 8000) String summary,
        @MultiLine @Size(max = 30) @Schema(description = "Les pistes d'inspiration retenues") List<@NotNull @Size(max = 1000) String> insights,
        @MultiLine @Size(max = 8000) @Schema(description = "Le plan d'action du porteur ou de la porteuse") String actionPlan,
        @NotNull @Schema(description = "Version lue (0 pour une première écriture)") Long version) {
}
