package fr.entraide.places;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A place of the directory: a project sheet anyone reads. The referent's e-mail and phone only ever reach them
 * through visit requests; no view, export nor log carries them.
 */
@Entity
public class Place extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The group it was added or imported in (its coordinators may edit it), or null. */
    public Long groupId;
    public Long authorId;
    public String name;
    public String organisation;

    @Enumerated(EnumType.STRING)
    public PlaceKind kind = PlaceKind.TIERS_LIEU;

    public String description = "";
    public String practices = "";
    public String successes = "";
    public String failures = "";
    public String website;
    public String address;
    public String postcode;
    public String city;
    public String inseeCode;
    public String siret;
    public String rna;
    public String department;
    public String region;
    public Double latitude;
    public Double longitude;
    public String openingHours;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]")
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]")
    public List<String> tags = new ArrayList<>();

    public boolean visitsWelcome;
    public boolean testimonyWelcome;
    public String referentName;
    public String referentRole;
    public String referentEmail;
    public String referentPhone;
    public String source;
    public String externalId;
    public Instant createdAt = Instant.now();
    public Instant updatedAt = Instant.now();

    @Version
    public long version;
}
