package fr.entraide.groups;

import fr.entraide.common.cache.InvalidatesReadCaches;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** A working group ("GT"); the platform hosts several. */
@Entity
@EntityListeners(InvalidatesReadCaches.class)
@Table(name = "work_group")
public class Group extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String description = "";

    @Enumerated(EnumType.STRING)
    public Visibility visibility = Visibility.PUBLIC;

    @Enumerated(EnumType.STRING)
    public JoinPolicy joinPolicy = JoinPolicy.OPEN;

    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public static Optional<Group> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
