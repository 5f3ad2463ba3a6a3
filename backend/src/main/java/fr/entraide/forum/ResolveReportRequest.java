package fr.entraide.forum;

import jakarta.validation.constraints.NotNull;

public record ResolveReportRequest(@NotNull(message = "{entraide.report.action}") ModerationAction action) {
}
