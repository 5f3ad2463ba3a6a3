package fr.entraide.forum.api;

import fr.entraide.accounts.api.UserSummary;
import fr.entraide.forum.WatchLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record ThreadSummary(
        long id, String title, CategoryRef category, UserSummary author, Instant createdAt, Instant lastPostAt,
        int replyCount, boolean pinned, boolean locked,
        @Schema(description = "Messages non lus, pour les sujets suivis ou surveillés ; null sinon") Integer unread,
        WatchLevel subscription) {
}
