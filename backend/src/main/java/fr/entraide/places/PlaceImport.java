package fr.entraide.places;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** An import of places from a CSV file into a group, and its progress. */
@Entity
public class PlaceImport extends PanacheEntityBase {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public Long userId;
    public String source;
    public String fileName;
    public String encoding;
    public String separator;

    @Enumerated(EnumType.STRING)
    public Status status = Status.QUEUED;

    public int total;
    public int done;
    public int created;
    public int updated;
    public int unchanged;
    public Instant createdAt = Instant.now();
    public Instant finishedAt;
}
