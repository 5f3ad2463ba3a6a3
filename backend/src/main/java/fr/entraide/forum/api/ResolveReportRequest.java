package fr.entraide.forum.api;

import fr.entraide.forum.ModerationAction;
import jakarta.validation.constraints.NotNull;

public record ResolveReportRequest(@NotNull(message = "{entraide.report.action}") ModerationAction action) {
}
