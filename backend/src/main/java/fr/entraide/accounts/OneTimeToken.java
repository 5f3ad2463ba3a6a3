package fr.entraide.accounts;

import fr.entraide.common.security.Secrets;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A single-use secret sent by e-mail; only its hash is stored. */
@Entity
public class OneTimeToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;

    @Enumerated(EnumType.STRING)
    public TokenPurpose purpose;

    public String tokenHash;
    public Instant expiresAt;
    public Instant usedAt;
    public Instant createdAt = Instant.now();

    /** Creates the token and returns its secret, the only time it exists in clear; older links of that purpose stop working. */
    public static String issue(long userId, TokenPurpose purpose, Duration lifetime) {
        revokeAll(userId, purpose);
        String secret = Secrets.newToken();
        OneTimeToken token = new OneTimeToken();
        token.userId = userId;
        token.purpose = purpose;
        token.tokenHash = Secrets.hash(secret);
        token.expiresAt = Instant.now().plus(lifetime);
        token.persist();
        return secret;
    }

    /** No link of that purpose sent so far works any more. */
    public static void revokeAll(long userId, TokenPurpose purpose) {
        delete("userId = ?1 and purpose = ?2 and usedAt is null", userId, purpose);
    }

    /** The account whose link this was, when the link has served already (opening it twice is not an error). */
    public static Optional<Long> usedBy(String secret, TokenPurpose purpose) {
        return find("tokenHash = ?1 and purpose = ?2 and usedAt is not null", Secrets.hash(secret), purpose)
                .<OneTimeToken>firstResultOptional().map(t -> t.userId);
    }

    /** Finds a usable token and marks it used, under a row lock so that it serves once. */
    public static Optional<OneTimeToken> consume(String secret, TokenPurpose purpose) {
        Optional<OneTimeToken> found = find("tokenHash = ?1 and purpose = ?2", Secrets.hash(secret), purpose)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        return found.filter(t -> t.usedAt == null && t.expiresAt.isAfter(Instant.now()))
                .map(t -> {
                    t.usedAt = Instant.now();
                    return t;
                });
    }
}
