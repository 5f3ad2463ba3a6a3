package fr.entraide.workshops.api;

import jakarta.validation.constraints.NotNull;

public record ChosenProblemRequest(@NotNull Long problemId) {
}
