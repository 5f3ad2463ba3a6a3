package fr.entraide.notifications.api;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.notifications.Notification;
import fr.entraide.notifications.NotificationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record NotificationView(
        long id, NotificationType type, Instant createdAt, Instant readAt,
        @Schema(description = "Dans la langue de la requête (Accept-Language, sinon celle du compte)") String title,
        String excerpt,
        @Schema(description = "Chemin dans l'application, par ex. /threads/12#post-40") String link,
        UserRef actor) {

    public static NotificationView of(Notification notification, User actor, String language) {
        return new NotificationView(notification.id, notification.type, notification.createdAt, notification.readAt,
                notification.titleIn(language), notification.excerpt, notification.link,
                actor == null ? null : new UserRef(actor.id, actor.displayName));
    }
}
