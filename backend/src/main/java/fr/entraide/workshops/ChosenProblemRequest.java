package fr.entraide.workshops;

import jakarta.validation.constraints.NotNull;

public record ChosenProblemRequest(@NotNull Long problemId) {
}
