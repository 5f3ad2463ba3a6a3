package fr.entraide.groups;

import fr.entraide.accounts.api.SentInvitation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;

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

    public static List<SentInvitation> sentBy(long userId) {
        return getEntityManager().createQuery("""
                        select new fr.entraide.groups.SentInvitation(g.slug, i.email, i.createdAt, i.acceptedAt)
                        from Invitation i join Group g on g.id = i.groupId
                        where i.invitedBy = :user order by i.id""", SentInvitation.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
