package fr.entraide.places.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Size;

/** The referent declines, with a word if they like. */
public record DeclineVisitRequest(@MultiLine @Size(max = 2000) String message) {
}
