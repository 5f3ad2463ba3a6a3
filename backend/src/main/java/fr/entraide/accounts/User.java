package fr.entraide.accounts;

import fr.entraide.common.cache.InvalidatesReadCaches;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
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

@Entity
@EntityListeners(InvalidatesReadCaches.class)
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    public static final String FORMER_MEMBER_NAME = "Ancien membre";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;
    public String username;
    public String displayName;
    public String bio;
    public String locale = "fr";

    @Enumerated(EnumType.STRING)
    public EmailDigest emailDigest = EmailDigest.IMMEDIATE;

    public String passwordHash;
    public boolean emailVerified;

    @Enumerated(EnumType.STRING)
    public SiteRole siteRole = SiteRole.USER;

    public boolean suspended;
    public Instant deletedAt;
    /** Secret of this member's one-click unsubscribe links (RFC 8058). */
    public String unsubscribeKey = Secrets.newToken();
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public static Optional<User> findByEmail(String email) {
        return find("lower(email) = ?1", Emails.canonical(email)).firstResultOptional();
    }

    public static boolean usernameTaken(String username) {
        return count("lower(username) = lower(?1)", username) > 0;
    }

    public Caller toCaller() {
        return new Caller(id, username, displayName, email, siteRole == SiteRole.ADMIN, emailVerified, locale);
    }
}
