package fr.entraide.polls;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A date (startsAt–endsAt) or a text choice of a poll. */
@Entity
public class PollOption extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long pollId;
    public int position;
    public String label;
    public Instant startsAt;
    public Instant endsAt;
}
