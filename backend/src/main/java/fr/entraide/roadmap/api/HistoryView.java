package fr.entraide.roadmap.api;

import fr.entraide.accounts.api.UserRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record HistoryView(Instant at, UserRef by,
                          @Schema(description = "status, title, axis ou volunteers") String field,
                          String from, String to) {
}
