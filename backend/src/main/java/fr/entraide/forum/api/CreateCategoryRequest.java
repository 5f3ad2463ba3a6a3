package fr.entraide.forum.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.groups.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateCategoryRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 60) @Pattern(regexp = Slugs.PATTERN, message = Slugs.RULE) String slug,
        @MultiLine @Size(max = 1000) String description) {
}
