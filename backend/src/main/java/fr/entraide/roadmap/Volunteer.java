package fr.entraide.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "roadmap_volunteer")
public class Volunteer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long actionId;
    public long userId;
    public Instant createdAt = Instant.now();

    public static boolean carries(long actionId, long userId) {
        return count("actionId = ?1 and userId = ?2", actionId, userId) > 0;
    }

    public static boolean release(long actionId, long userId) {
        return delete("actionId = ?1 and userId = ?2", actionId, userId) > 0;
    }
}
