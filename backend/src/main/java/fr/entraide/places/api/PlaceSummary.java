package fr.entraide.places.api;

import fr.entraide.places.PlaceKind;

import java.time.Instant;
import java.util.List;

/** A place in the directory's list and on the map. */
public record PlaceSummary(long id, String name, PlaceKind kind, String organisation, String city, String postcode,
                           String department, String region, String regionName, Double latitude, Double longitude,
                           boolean visitsWelcome, boolean testimonyWelcome, List<String> themes, List<String> tags,
                           Instant updatedAt) {
}
