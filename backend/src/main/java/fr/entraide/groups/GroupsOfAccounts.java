package fr.entraide.groups;

import fr.entraide.accounts.AccountMemberships;
import fr.entraide.accounts.api.MyMembership;
import fr.entraide.accounts.api.SentInvitation;
import fr.entraide.common.cache.ReadCaches;
import fr.entraide.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;

/** The groups' answers to what accounts ask of them (see {@link AccountMemberships}). */
@ApplicationScoped
public class GroupsOfAccounts implements AccountMemberships {

    @Inject
    ReadCaches readCaches;

    @Inject
    EntityManager em;

    @Inject
    Event<MemberLeft> memberLeft;

    @Override
    public List<MyMembership> of(long userId) {
        return em.createQuery("""
                        select g.slug, g.name, m.role, m.status
                        from Membership m join Group g on g.id = m.groupId
                        where m.userId = :user order by lower(g.name)""", Object[].class)
                .setParameter("user", userId)
                .getResultStream()
                .map(row -> new MyMembership((String) row[0], (String) row[1], ((MemberRole) row[2]).name(), ((MemberStatus) row[3]).name()))
                .toList();
    }

    @Override
    public List<SentInvitation> sentBy(long userId) {
        return em.createQuery("""
                        select g.slug, i.email, i.createdAt, i.acceptedAt
                        from Invitation i join Group g on g.id = i.groupId
                        where i.invitedBy = :user order by i.id""", Object[].class)
                .setParameter("user", userId)
                .getResultStream()
                .map(row -> new SentInvitation((String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3]))
                .toList();
    }

    @Override
    public void leaveAll(long userId) {
        lockGroupsCoordinatedBy(userId);
        List<String> soleCoordinatorOf = Membership.groupsWhereOnlyCoordinator(userId);
        if (!soleCoordinatorOf.isEmpty()) {
            throw ProblemException.conflict(null, "account.sole-coordinator", String.join(", ", soleCoordinatorOf));
        }
        Membership.<Membership>list("userId", userId).forEach(m -> memberLeft.fire(new MemberLeft(m.groupId, userId)));
        Membership.delete("userId", userId);
        readCaches.changedHere(); // a bulk delete: no entity listener hears it
    }

    /** Two coordinators leaving at once must not leave a group without one: their groups are locked first. */
    private void lockGroupsCoordinatedBy(long userId) {
        em.createQuery("""
                        select g from Group g where g.id in (
                            select m.groupId from Membership m where m.userId = :user and m.role = :coordinator)
                        order by g.id""", Group.class)
                .setParameter("user", userId)
                .setParameter("coordinator", MemberRole.COORDINATOR)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
