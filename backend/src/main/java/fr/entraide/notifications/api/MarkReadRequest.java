package fr.entraide.notifications.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public record MarkReadRequest(
        @Size(max = 500) @Schema(description = "Notifications à marquer lues") List<Long> ids,
        @Schema(description = "true : toutes") Boolean all) {
}
