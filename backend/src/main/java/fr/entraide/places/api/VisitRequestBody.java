package fr.entraide.places.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.places.VisitRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Asking a place to visit it, or inviting it to testify. */
public record VisitRequestBody(
        @NotEmpty @Size(max = 10) @Schema(description = "Dates souhaitées", examples = "[\"2027-03-12\", \"2027-03-19\"]") List<@NotNull LocalDate> wishedDates,
        @NotNull @Min(1) @Max(500) @Schema(description = "Nombre de personnes", examples = "6") Integer groupSize,
        @MultiLine @Size(max = 4000) String message,
        @NotNull @Schema(description = "VISIT : visiter le lieu ; TESTIMONY : l'inviter à témoigner") VisitRequest.Kind kind,
        @Schema(description = "Le groupe (slug) où la visite deviendra un voyage apprenant ; la personne doit en être membre. Peut aussi être donné à l'acceptation.") String group) {
}
