package fr.entraide.forum;

import jakarta.validation.constraints.NotNull;

public record LevelRequest(@NotNull WatchLevel level) {
}
