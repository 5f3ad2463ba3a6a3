package fr.entraide.boards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;

/**
 * A card: a short text, optional Markdown details. {@link #version} counts changes of what the author wrote, not
 * moves: two people editing the same text meet a 409; moving a card while someone edits it does not.
 */
@Entity
public class BoardCard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long boardId;

    @OptimisticLock(excluded = true)
    public long columnId;

    /** A {@link FractionalKeys} key, unique in its column. */
    @OptimisticLock(excluded = true)
    public String position;

    public String text;
    public String details = "";
    public Long authorId;

    /** The card heading the group this card was put in. */
    @OptimisticLock(excluded = true)
    public Long stackId;

    @OptimisticLock(excluded = true)
    public Long actionId;

    @OptimisticLock(excluded = true)
    public Long threadId;

    public Instant createdAt = Instant.now();
    public Instant updatedAt = Instant.now();

    @Version
    public long version;
}
