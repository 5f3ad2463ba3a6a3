package fr.entraide.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of an action: its status, title, axis or volunteers. */
@Entity
@Table(name = "roadmap_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long actionId;
    public Long userId;
    public Instant at = Instant.now();
    public String field;

    @Column(name = "from_value")
    public String from;

    @Column(name = "to_value")
    public String to;

    static void record(long actionId, long userId, String field, String from, String to) {
        HistoryEntry entry = new HistoryEntry();
        entry.actionId = actionId;
        entry.userId = userId;
        entry.field = field;
        entry.from = from;
        entry.to = to;
        entry.persist();
    }
}
