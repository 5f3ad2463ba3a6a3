package fr.entraide.places.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.places.PlaceChange;

import java.time.Instant;
import java.util.List;

/** Who changed which fields of a place, when. */
public record PlaceChangeView(long id, PlaceChange.Action action, List<String> fields, UserRef author, Instant changedAt) {
}
