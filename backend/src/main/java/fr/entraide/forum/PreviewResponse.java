package fr.entraide.forum;

public record PreviewResponse(String html) {
}
