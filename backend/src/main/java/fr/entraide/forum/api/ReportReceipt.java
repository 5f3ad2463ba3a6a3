package fr.entraide.forum.api;

import fr.entraide.forum.ReportReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What a reporter gets back: their own report, never the others'. */
public record ReportReceipt(
        @Schema(description = "Le signalement du message dans la file de modération (/reports/{id})") long id,
        long postId, ReportReason reason, String message, Instant createdAt) {
}
