package fr.entraide.workshops;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A problem ("problématique") a participant brings to a workshop. */
@Entity
@Table(name = "workshop_problem")
public class Problem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long workshopId;
    public long ownerId;
    public String title;
    public String description = "";
    public Instant createdAt = Instant.now();
}
