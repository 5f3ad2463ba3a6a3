package fr.entraide.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A concrete item under an axis. */
@Entity
@Table(name = "roadmap_action")
public class RoadmapAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public long axisId;
    public String title;
    public String description = "";

    @Enumerated(EnumType.STRING)
    public ActionStatus status = ActionStatus.WAITING;

    public int position;
    public LocalDate targetDate;
    public Long threadId;
    public Instant createdAt = Instant.now();
    public Instant updatedAt = Instant.now();

    @Version
    public long version;
}
