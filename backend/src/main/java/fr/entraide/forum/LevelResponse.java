package fr.entraide.forum;

public record LevelResponse(WatchLevel level) {
}
