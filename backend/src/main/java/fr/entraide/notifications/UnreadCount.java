package fr.entraide.notifications;

public record UnreadCount(long count) {
}
