package fr.entraide.boards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;

/**
 * An idea board of a group, for a meeting or a workshop or on its own. Every change to the board or its cards takes
 * this row's lock and raises {@link #lastSeq}: writes on one board are serialised, and its events numbered in order.
 */
@Entity
public class Board extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public String title;
    public String question = "";
    public Integer timeBoxMinutes;
    public int votesPerMember = 3;
    public Long meetingId;
    public Long workshopId;

    @Enumerated(EnumType.STRING)
    public BoardStatus status = BoardStatus.OPEN;

    public boolean revealed;
    public Long createdBy;
    public Instant createdAt = Instant.now();
    public Instant closedAt;

    /** The number of the board's last event; not a change of the board itself. */
    @OptimisticLock(excluded = true)
    public long lastSeq;

    @Version
    public long version;

    public boolean isOpen() {
        return status == BoardStatus.OPEN;
    }
}
