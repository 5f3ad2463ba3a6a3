package fr.entraide.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class PersonalAccessToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;
    public String name;
    public String tokenHash;
    public Instant expiresAt;
    public Instant lastUsedAt;
    public Instant createdAt = Instant.now();
}
