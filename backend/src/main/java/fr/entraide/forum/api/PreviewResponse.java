package fr.entraide.forum.api;

public record PreviewResponse(String html) {
}
