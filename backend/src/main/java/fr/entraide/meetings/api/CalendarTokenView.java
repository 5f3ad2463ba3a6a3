package fr.entraide.meetings.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CalendarTokenView(
        String token,
        @Schema(description = "Chemin du flux d'un groupe, à compléter par le slug : /api/v1/groups/{slug}/calendar.ics?token=…") String feedPathTemplate) {
}
