package fr.entraide.workshops.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProblemRequest(@NotBlank @Size(max = 200) String title, @MultiLine @Size(max = 8000) String description) {
}
