package fr.entraide.forum.api;

import fr.entraide.forum.WatchLevel;
import jakarta.validation.constraints.NotNull;

public record LevelRequest(@NotNull WatchLevel level) {
}
