package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** How far a member has read a thread. */
@Entity
public class ThreadRead extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;
    public long threadId;
    public long lastReadPostId;
    public Instant readAt = Instant.now();

    /** Moves a member's reading position forward (never back) to the given post. */
    public static void advance(long userId, long threadId, long postId) {
        ThreadRead read = ThreadRead.<ThreadRead>find("userId = ?1 and threadId = ?2", userId, threadId)
                .firstResultOptional().orElseGet(() -> {
                    ThreadRead created = new ThreadRead();
                    created.userId = userId;
                    created.threadId = threadId;
                    return created;
                });
        read.lastReadPostId = Math.max(read.lastReadPostId, postId);
        read.readAt = Instant.now();
        read.persist();
    }
}
