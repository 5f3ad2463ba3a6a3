package fr.entraide.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One of the roadmap's main lines ("axe"). */
@Entity
@Table(name = "roadmap_axis")
public class Axis extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public String title;
    public String description = "";
    public int position;
    public Instant createdAt = Instant.now();

    @Version
    public long version;
}
