package fr.entraide.places.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.places.VisitRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A visit request as its requester, the place's editors or the referent (through the mailed link) see it. */
public record VisitRequestView(
        long id, long placeId, String placeName, UserRef requester, GroupRef group, VisitRequest.Kind kind,
        List<LocalDate> wishedDates, int groupSize, String message, VisitRequest.Status status,
        @Schema(description = "Le mot du ou de la référente en répondant") String answerMessage,
        @Schema(description = "La rencontre (voyage apprenant) créée à l'acceptation") Long meetingId,
        @Schema(description = "L'e-mail du ou de la référente : pour la personne qui a demandé, une fois la demande acceptée seulement ; null sinon") String referentEmail,
        Instant createdAt, Instant answeredAt) {
}
