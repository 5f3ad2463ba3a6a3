package fr.entraide.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A member co-opting someone by e-mail ("coopter"); only the hash of the link's secret is stored. */
@Entity
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public String email;
    public String message;
    public Long invitedBy;
    public String tokenHash;
    public Instant expiresAt;
    public Instant acceptedAt;
    public Long acceptedBy;
    public Instant revokedAt;
    public Long revokedBy;
    public Instant createdAt = Instant.now();
}
