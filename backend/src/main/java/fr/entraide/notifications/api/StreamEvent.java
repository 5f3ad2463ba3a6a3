package fr.entraide.notifications.api;

/** What the notification stream pushes: the new notification and the unread count it makes. */
public record StreamEvent(long unreadCount, NotificationView notification) {
}
