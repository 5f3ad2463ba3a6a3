package fr.entraide.forum.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

public record UpdateCategoryRequest(@Size(min = 1, max = 120) String name, @MultiLine @Size(max = 1000) String description,
                                    @Min(1) Integer position) {
}
