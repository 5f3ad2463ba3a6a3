package fr.entraide.roadmap.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

public record UpdateAxisRequest(@Size(min = 1, max = 200) String title, @MultiLine @Size(max = 4000) String description,
                                @Min(1) Integer position, Long version) {
}
