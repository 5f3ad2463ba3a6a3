package fr.entraide.forum.api;

import fr.entraide.accounts.api.UserSummary;
import fr.entraide.forum.PostCan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record PostView(
        long id, long threadId, UserSummary author,
        @Schema(description = "Markdown tel qu'écrit ; null pour un message masqué, sauf pour son auteur et les soucieux·ses") String body,
        @Schema(description = "HTML assaini, prêt à afficher") String html,
        Instant createdAt, Instant editedAt, Long replyToId, long version, boolean deleted,
        @Schema(description = "Masqué par la modération") boolean hidden,
        @Schema(description = "L'appelant a signalé ce message ; null pour un visiteur anonyme") Boolean reported,
        PostCan can) {
}
