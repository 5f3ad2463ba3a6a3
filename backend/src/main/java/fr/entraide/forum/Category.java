package fr.entraide.forum;

import fr.entraide.common.cache.InvalidatesReadCaches;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;

/** A section ("rubrique") of a group's forum. */
@Entity
@EntityListeners(InvalidatesReadCaches.class)
public class Category extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public String slug;
    public String name;
    public String description = "";
    public int position;

    /** The bell level of members who chose none in this category. */
    @Enumerated(EnumType.STRING)
    public WatchLevel defaultSubscription = WatchLevel.NORMAL;

    public Instant createdAt = Instant.now();

    public static Optional<Category> bySlug(long groupId, String slug) {
        return find("groupId = ?1 and slug = ?2", groupId, slug).firstResultOptional();
    }
}
