package fr.entraide.polls;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a poll, decided by {@link PollPolicy}. */
@Schema(name = "PollCan", description = "Ce que l'appelant peut faire de ce sondage (décidé par le serveur)")
public record PollCan(
        @Schema(description = "Répondre, tant que le sondage est ouvert") boolean vote,
        @Schema(description = "Fermer le sondage (en retenant une date)") boolean close,
        @Schema(description = "En fermant, faire de la date retenue une rencontre") boolean createMeeting,
        @Schema(description = "En fermant, faire de la date retenue un atelier") boolean createWorkshop) {
}
