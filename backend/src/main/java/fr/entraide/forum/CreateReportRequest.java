package fr.entraide.forum;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CreateReportRequest(
        @NotNull(message = "Choisissez un motif : SPAM, INAPPROPRIATE, OFF_TOPIC ou OTHER.") ReportReason reason,
        @Size(max = 1000, message = "1000 caractères au plus") String message) {
}
