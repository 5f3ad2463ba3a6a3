package fr.entraide.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** One link of a sign-in's chain of rotated refresh tokens (the family). */
@Entity
public class RefreshToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;
    public UUID family;
    public String tokenHash;
    public Instant expiresAt;
    public Instant usedAt;
    public Instant revokedAt;
    public Instant createdAt = Instant.now();

    public static void revokeFamily(UUID family) {
        update("revokedAt = ?1 where family = ?2 and revokedAt is null", Instant.now(), family);
    }

    public static void revokeAllOf(long userId) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", Instant.now(), userId);
    }
}
