package fr.entraide.places.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The referent accepts: the date chosen, and the group where the learning trip goes (the request's by default). */
public record AcceptVisitRequest(
        @NotNull @Schema(examples = "2027-03-12T09:00:00Z") Instant startsAt,
        @NotNull @Schema(examples = "2027-03-12T12:00:00Z") Instant endsAt,
        @Schema(description = "Slug du groupe, si la demande n'en nomme pas") String group,
        @Size(max = 2000) @Schema(description = "Un mot pour la personne qui a demandé") String message) {
}
