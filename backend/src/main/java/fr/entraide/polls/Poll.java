package fr.entraide.polls;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A Framadate-style poll: "Quel créneau pour l'atelier ?". */
@Entity
public class Poll extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public Long authorId;
    public String title;
    public String description = "";
    public Instant closesAt;
    public Instant closedAt;
    public Long chosenOptionId;
    public Long createdMeetingId;
    public Long createdWorkshopId;
    public Instant createdAt = Instant.now();

    public boolean isClosed(Instant now) {
        return closedAt != null || closesAt != null && !closesAt.isAfter(now);
    }
}
