package fr.entraide.meetings.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.meetings.MeetingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record MeetingRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Séance de retrouvailles / intégration de nouveaux participants") String title,
        @MultiLine @Size(max = 8000) @Schema(description = "Description, ordre du jour") String description,
        @NotNull MeetingKind kind,
        @NotNull @Schema(examples = "2026-11-14T12:00:00Z") Instant startsAt,
        @NotNull @Schema(examples = "2026-11-14T14:00:00Z") Instant endsAt,
        @Schema(description = "Fuseau IANA, Europe/Paris par défaut") String timezone,
        @Size(max = 500) @Schema(examples = "https://teams.microsoft.com/l/meetup-join/exemple") String onlineUrl,
        @Size(max = 300) String location,
        @Schema(description = "Facultatif : nombre de places (réponses « oui »)") Integer capacity) {
}
