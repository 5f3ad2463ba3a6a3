package fr.entraide.notifications;

public enum NotificationType {
    THREAD_CREATED, POST_CREATED, MENTIONED, ACTION_STATUS_CHANGED
}
