package fr.entraide.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A publication or a tool of a group's library. */
@Entity
public class LibraryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public long addedBy;
    public String title;

    @Enumerated(EnumType.STRING)
    public LibraryKind kind;

    public String[] authors = {};
    public Integer year;
    public String url;
    public String summary = "";
    public Long fileId;

    @Enumerated(EnumType.STRING)
    public Licence licence;

    public String[] themes = {};
    public boolean openAccess;
    public Long[] actionIds = {};
    public Long[] placeIds = {};
    public Long threadId;
    public Instant createdAt = Instant.now();
    public Instant updatedAt = Instant.now();

    @Version
    public long version;
}
