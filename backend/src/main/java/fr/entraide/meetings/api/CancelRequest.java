package fr.entraide.meetings.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Size;

public record CancelRequest(@MultiLine @Size(max = 1000) String reason) {
}
