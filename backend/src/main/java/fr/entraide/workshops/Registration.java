package fr.entraide.workshops;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;

@Entity
public class Registration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long workshopId;
    public long userId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    public Instant createdAt = Instant.now();
    public Instant confirmedAt;

    public static Optional<Registration> of(long workshopId, long userId) {
        return find("workshopId = ?1 and userId = ?2", workshopId, userId).firstResultOptional();
    }
}
