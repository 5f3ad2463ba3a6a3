package fr.entraide.forum;

import fr.entraide.accounts.UserSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record PostView(
        long id, long threadId, UserSummary author,
        @Schema(description = "Markdown tel qu'écrit") String body,
        @Schema(description = "HTML assaini, prêt à afficher") String html,
        Instant createdAt, Instant editedAt, Long replyToId, long version, boolean deleted, boolean canEdit) {
}
