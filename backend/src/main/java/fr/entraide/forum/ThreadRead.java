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

    /** Moves a member's reading position forward (never back) to the given post; safe when two requests race. */
    public static void advance(long userId, long threadId, long postId) {
        getEntityManager().createNativeQuery("""
                        insert into thread_read (user_id, thread_id, last_read_post_id, read_at)
                        values (:user, :thread, :post, now())
                        on conflict on constraint ux_thread_read do update
                        set last_read_post_id = greatest(thread_read.last_read_post_id, excluded.last_read_post_id),
                            read_at = now()""")
                .setParameter("user", userId)
                .setParameter("thread", threadId)
                .setParameter("post", postId)
                .executeUpdate();
    }
}
