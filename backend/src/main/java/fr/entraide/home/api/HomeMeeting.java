package fr.entraide.home.api;

import fr.entraide.groups.api.GroupRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record HomeMeeting(
        long id, GroupRef group, String title,
        @Schema(description = "REUNION, ONBOARDING, STUDY_DAY, LEARNING_TRIP ou OTHER") String kind,
        Instant startsAt, Instant endsAt, String timezone,
        @Schema(description = "Le lien de visio (membres du groupe)") String onlineUrl,
        String location,
        @Schema(description = "YES, MAYBE, ou null si je n'ai pas répondu") String myResponse) {
}
