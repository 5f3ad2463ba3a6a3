package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;

/** A message: Markdown as written, and the sanitised HTML rendered from it. */
@Entity
public class Post extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long threadId;
    public long authorId;
    public String body;
    public String html;
    public Long replyToId;
    public Instant createdAt = Instant.now();
    public Instant editedAt;
    public Instant deletedAt;
    /** Hidden by the moderation: readers see a placeholder; the author and the coordinators still see the text. */
    @OptimisticLock(excluded = true)
    public Instant hiddenAt;

    @Version
    public long version;
}
