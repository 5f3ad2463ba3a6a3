package fr.entraide.places;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A line of an import that was skipped, or imported without a value that could not be used. */
@Entity
public class PlaceImportIssue extends PanacheEntityBase {

    public enum Severity {
        SKIPPED, WARNING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long importId;
    public int line;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    /** A key of messages/problems (import.*), worded in the reader's language. */
    public String code;
    /** The value at fault, as the file wrote it (never a contact: those columns are not read). */
    public String detail;
}
