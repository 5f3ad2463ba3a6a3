package fr.entraide.forum.api;

import fr.entraide.forum.WatchLevel;

public record LevelResponse(WatchLevel level) {
}
