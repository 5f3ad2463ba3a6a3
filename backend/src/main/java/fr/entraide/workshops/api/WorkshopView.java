package fr.entraide.workshops.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.workshops.Phase;
import fr.entraide.workshops.WorkshopCan;
import fr.entraide.workshops.WorkshopStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record WorkshopView(
        long id, String group, Long seriesId, String title, String description, Instant startsAt, Instant endsAt,
        String timezone,
        @Schema(description = "Lien de visio, réservé aux membres du groupe : null pour les autres") String onlineUrl,
        @Schema(description = "L'atelier a un lien de visio (visible ou non de l'appelant)") boolean hasOnlineUrl,
        String location, UserRef facilitator, int capacity,
        long confirmedCount, long waitlistCount,
        @Schema(description = "Places restantes (« 4 places sur 6 »)") long seatsLeft,
        WorkshopStatus status,
        @Schema(description = "L'inscription de l'appelant, null s'il n'est pas inscrit") MyRegistration myRegistration,
        Long chosenProblemId,
        @Schema(description = "Sa discussion dans la rubrique co-développement") Long threadId,
        @Schema(description = "Phase en cours de la séance, null avant le début") Phase phase,
        long version,
        WorkshopCan can) {
}
