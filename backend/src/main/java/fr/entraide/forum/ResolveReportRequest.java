package fr.entraide.forum;

import jakarta.validation.constraints.NotNull;

public record ResolveReportRequest(@NotNull(message = "HIDE ou KEEP.") ModerationAction action) {
}
