package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;

/** A discussion ("sujet"); its first post is its body. */
@Entity
@Table(name = "thread")
public class ForumThread extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public long categoryId;
    public long authorId;
    public String title;
    public boolean pinned;
    public boolean locked;
    /** Activity, not an edit: replies never make a moderator's pending change stale. */
    @OptimisticLock(excluded = true)
    public int replyCount;

    @OptimisticLock(excluded = true)
    public Instant lastPostAt = Instant.now();
    public Instant deletedAt;
    public Instant createdAt = Instant.now();

    @Version
    public long version;
}
