package fr.entraide.search.api;

import fr.entraide.groups.api.GroupRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record SearchResult(
        @Schema(description = "thread ou post") String type,
        long id,
        long threadId,
        String title,
        @Schema(description = "Extrait en HTML dont les seules balises sont <mark>") String excerpt,
        @Schema(description = "Chemin dans l'application") String url,
        GroupRef group,
        Instant createdAt) {
}
