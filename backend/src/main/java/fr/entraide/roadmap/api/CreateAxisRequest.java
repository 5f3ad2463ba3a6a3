package fr.entraide.roadmap.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateAxisRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Visibiliser les médiathèques Tiers-Lieux") String title,
        @MultiLine @Size(max = 4000) String description) {
}
