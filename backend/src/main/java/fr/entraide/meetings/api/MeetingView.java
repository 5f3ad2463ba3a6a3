package fr.entraide.meetings.api;

import fr.entraide.groups.api.GroupRef;
import fr.entraide.meetings.MeetingCan;
import fr.entraide.meetings.MeetingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record MeetingView(
        long id, GroupRef group, String title,
        @Schema(description = "Ordre du jour ou présentation, en Markdown tel qu'écrit (pour le modifier)") String description,
        @Schema(description = "La description rendue en HTML assaini, prête à afficher ; null sans description") String descriptionHtml,
        MeetingKind kind, Instant startsAt, Instant endsAt,
        String timezone,
        @Schema(description = "Lien de visio, réservé aux membres du groupe : null pour les autres") String onlineUrl,
        @Schema(description = "La rencontre a un lien de visio (visible ou non de l'appelant)") boolean hasOnlineUrl,
        String location, Integer capacity,
        long yesCount, long maybeCount, long noCount,
        @Schema(description = "La réponse de l'appelant, null sans réponse") RsvpResponse myResponse,
        boolean cancelled, String cancelReason, int sequence, long version, MeetingCan can) {
}
