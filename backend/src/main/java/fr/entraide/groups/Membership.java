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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@EntityListeners(InvalidatesReadCaches.class)
public class Membership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public long userId;

    @Enumerated(EnumType.STRING)
    public MemberRole role = MemberRole.MEMBER;

    @Enumerated(EnumType.STRING)
    public MemberStatus status = MemberStatus.ACTIVE;

    public Long invitedBy;
    public Instant joinedAt = Instant.now();

    public static Optional<Membership> of(long groupId, long userId) {
        return find("groupId = ?1 and userId = ?2", groupId, userId).firstResultOptional();
    }

    public boolean isActiveCoordinator() {
        return status == MemberStatus.ACTIVE && role == MemberRole.COORDINATOR;
    }

    public static long activeCoordinators(long groupId) {
        return count("groupId = ?1 and role = ?2 and status = ?3", groupId, MemberRole.COORDINATOR, MemberStatus.ACTIVE);
    }

    /** Groups in which this user is the only active coordinator (they cannot leave before naming another). */
    public static List<String> groupsWhereOnlyCoordinator(long userId) {
        return getEntityManager().createQuery("""
                        select g.name from Membership m join Group g on g.id = m.groupId
                        where m.userId = :user and m.role = :coordinator and m.status = :active
                          and (select count(o) from Membership o where o.groupId = m.groupId
                               and o.role = :coordinator and o.status = :active) = 1""", String.class)
                .setParameter("user", userId)
                .setParameter("coordinator", MemberRole.COORDINATOR)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList();
    }
}
