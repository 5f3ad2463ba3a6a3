package fr.entraide.forum.api;

import fr.entraide.forum.ReportReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CreateReportRequest(
        @NotNull(message = "{entraide.report.reason}") ReportReason reason,
        @Size(max = 1000, message = "{entraide.size.max}") String message) {
}
