package fr.entraide.notifications.api;

public record UnreadCount(long count) {
}
