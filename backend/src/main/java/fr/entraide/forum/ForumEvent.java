package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A new post whose watchers are still to be told; written in the poster's transaction. */
@Entity
public class ForumEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long postId;
    public boolean newThread;
    public Instant createdAt = Instant.now();
    public Instant processedAt;
    public int attempts;
    public String lastError;
}
