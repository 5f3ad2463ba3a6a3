package fr.entraide.forum.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.forum.ReportReason;
import fr.entraide.forum.ReportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One item of a group's moderation queue: a reported post and everyone who reported it. */
public record ReportView(
        long id, ReportStatus status, ReportedPost post, ThreadRef thread,
        @Schema(description = "Membres distincts ayant signalé le message") int reportCount,
        @Schema(description = "Signalements reçus depuis la dernière décision") int openReports,
        List<Reporter> reports, Instant createdAt, Instant lastReportedAt, Instant resolvedAt, UserRef resolvedBy) {

    public record ReportedPost(long id, UserSummary author,
                               @Schema(description = "Début du message (texte Markdown)") String excerpt,
                               Instant createdAt, boolean hidden, boolean deleted,
                               @Schema(description = "Chemin dans l'application") String link) {
    }

    public record ThreadRef(long id, String title) {
    }

    public record Reporter(UserRef reporter, ReportReason reason, String message, Instant createdAt) {
    }
}
