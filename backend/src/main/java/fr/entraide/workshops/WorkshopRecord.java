package fr.entraide.workshops;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A workshop's entry in the group's shared record ("document commun"). */
@Entity
public class WorkshopRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long workshopId;
    public String summary = "";

    /** The "pistes d'inspiration" the problem owner keeps. */
    @Convert(converter = StringListConverter.class)
    public List<String> insights = new ArrayList<>();

    public String actionPlan = "";
    public Long updatedBy;
    public Instant updatedAt = Instant.now();

    @Version
    public long version;
}
