package fr.entraide.places;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A member asks a place to visit it (or invites it to testify); its referent answers from a mailed link. */
@Entity
public class VisitRequest extends PanacheEntityBase {

    public enum Kind {
        VISIT, TESTIMONY
    }

    public enum Status {
        PENDING, ACCEPTED, DECLINED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long placeId;
    public long requesterId;
    public Long groupId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** ISO dates, comma-separated. */
    public String wishedDates = "";
    public int groupSize;
    public String message = "";

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public String tokenHash;
    public String answerMessage;
    public Long meetingId;
    public Instant createdAt = Instant.now();
    public Instant answeredAt;

    @Version
    public long version;
}
