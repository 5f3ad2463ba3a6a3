package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A member's chosen bell level on a category or on a thread. */
@Entity
public class Subscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;
    public Long categoryId;
    public Long threadId;

    @Enumerated(EnumType.STRING)
    public WatchLevel level;

    public Instant updatedAt = Instant.now();
}
