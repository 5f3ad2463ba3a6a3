package fr.entraide.places;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One line of a place's history: who changed which fields, when. */
@Entity
public class PlaceChange extends PanacheEntityBase {

    public enum Action {
        CREATED, UPDATED, IMPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long placeId;
    public Long userId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Action action;

    /** The names of the fields changed, comma-separated (the API's names). */
    public String fields = "";
    public Instant changedAt = Instant.now();

    static void record(Place place, Long userId, Action action, java.util.Collection<String> fields) {
        PlaceChange change = new PlaceChange();
        change.placeId = place.id;
        change.userId = userId;
        change.action = action;
        change.fields = String.join(",", fields);
        change.persist();
    }
}
