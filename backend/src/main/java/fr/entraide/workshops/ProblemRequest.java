package fr.entraide.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProblemRequest(@NotBlank @Size(max = 200) String title, @Size(max = 8000) String description) {
}
