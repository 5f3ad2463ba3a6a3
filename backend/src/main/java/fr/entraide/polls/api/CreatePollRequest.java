package fr.entraide.polls.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public record CreatePollRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Quel créneau pour l'atelier ?") String title,
        @MultiLine @Size(max = 4000) String description,
        @NotEmpty @Size(max = 40) List<@Valid @NotNull OptionRequest> options,
        @Schema(description = "Facultatif : fermeture automatique") Instant closesAt) {

    /** A date option (startsAt and endsAt) or a text option (label); both may be given. */
    public record OptionRequest(@Size(max = 200) String label, Instant startsAt, Instant endsAt) {
    }
}
