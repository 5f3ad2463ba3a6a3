package fr.entraide.boards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One dot of a member on a card (one per card); a member has the board's votesPerMember dots. */
@Entity
public class BoardVote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long boardId;
    public long cardId;
    public long userId;
    public Instant votedAt = Instant.now();
}
