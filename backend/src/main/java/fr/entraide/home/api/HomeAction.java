package fr.entraide.home.api;

import fr.entraide.groups.api.GroupRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record HomeAction(long id, GroupRef group, String title,
                         @Schema(description = "WAITING, ACTIONABLE ou IN_PROGRESS") String status,
                         Instant updatedAt) {
}
