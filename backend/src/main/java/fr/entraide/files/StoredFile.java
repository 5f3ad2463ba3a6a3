package fr.entraide.files;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** An uploaded file of a group: what it is and where its bytes are; removed files keep their row. */
@Entity
public class StoredFile extends PanacheEntityBase {

    /** Suffixes of the keys of an image's variants. */
    public static final String LARGE = "large";
    public static final String THUMBNAIL = "thumb";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public long uploaderId;
    public String name;
    public String contentType;
    public long size;
    public String sha256;
    public String storageKey;
    public Integer width;
    public Integer height;
    public String alt;
    public Instant createdAt = Instant.now();
    public Instant deletedAt;
    public Long deletedBy;

    public boolean image() {
        return width != null;
    }

    public boolean removed() {
        return deletedAt != null;
    }

    /** The key of a variant ({@code null} or "original": the file itself). */
    public String key(String variant) {
        return variant == null || variant.equals("original") ? storageKey : storageKey + "." + variant;
    }
}
