package fr.entraide.groups.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Slugs;
import fr.entraide.groups.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateGroupRequest(
        @NotBlank @Size(max = 120) @Schema(examples = "GT médiathèques tiers-lieux") String name,
        @Size(max = 60) @Pattern(regexp = Slugs.PATTERN, message = Slugs.RULE)
        @Schema(description = "Facultatif : déduit du nom", examples = "mediatheques-tiers-lieux") String slug,
        @MultiLine @Size(max = 4000) String description,
        @Schema(description = "PUBLIC par défaut") Visibility visibility,
        @Schema(description = "OPEN par défaut : ce groupe est un bien commun") JoinPolicy joinPolicy) {
}
