package fr.entraide.workshops;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** Several slots opened at once ("3 créneaux pour commencer"), each a workshop with its own cap and waitlist. */
@Entity
public class WorkshopSeries extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public String title;
    public String description = "";
    public Long createdBy;
    public Instant createdAt = Instant.now();
}
