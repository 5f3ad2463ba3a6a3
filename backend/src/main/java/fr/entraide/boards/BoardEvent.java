package fr.entraide.boards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One change of a board, numbered in the board's order: what its stream sends and its history shows. */
@Entity
public class BoardEvent extends PanacheEntityBase {

    /** What happened. */
    public enum Kind {
        CARD_ADDED, CARD_EDITED, CARD_MOVED, CARD_GROUPED, CARD_DELETED, CARD_PROMOTED, VOTED, UNVOTED, REVEALED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long boardId;
    public long seq;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public Long actorId;
    public Long cardId;
    /** JSON of {@link fr.entraide.boards.api.BoardEventView.Data}. */
    public String data;
    public Instant at = Instant.now();
}
