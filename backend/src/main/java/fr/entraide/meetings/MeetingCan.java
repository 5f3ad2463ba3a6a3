package fr.entraide.meetings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a meeting, decided by {@link MeetingPolicy}. */
@Schema(name = "MeetingCan", description = "Ce que l'appelant peut faire de cette rencontre (décidé par le serveur)")
public record MeetingCan(
        @Schema(description = "Répondre (oui, peut-être, non)") boolean answer,
        @Schema(description = "Modifier ou annuler la rencontre") boolean manage,
        @Schema(description = "Voir qui vient") boolean seeAttendees) {
}
