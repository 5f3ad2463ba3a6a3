package fr.entraide.home.api;

import fr.entraide.groups.api.GroupRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record HomeWorkshop(
        long id, GroupRef group, String title, Instant startsAt, Instant endsAt, String timezone,
        @Schema(description = "Le lien de visio (membres du groupe)") String onlineUrl,
        String location,
        @Schema(description = "CONFIRMED, WAITLISTED, ou null quand j'anime sans être inscrit·e") String myRegistration,
        @Schema(description = "J'anime cet atelier") boolean facilitating) {
}
