package fr.entraide.groups;

import fr.entraide.accounts.User;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.api.MemberResponse;
import fr.entraide.groups.api.UpdateMemberRequest;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Joining, leaving and managing the members of a group. A group always keeps an active coordinator. */
@ApplicationScoped
public class MembershipService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess access;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    Event<MemberLeft> memberLeft;

    @Inject
    AuditLog audit;

    /**
     * Members of a public group are listed to any signed-in user, those of a private group to its members;
     * pending requests only to coordinators.
     */
    public PageResponse<MemberResponse> list(String slug, Caller caller, MemberStatus status, PageParams page) {
        Group group = access.readable(slug, Optional.of(caller));
        boolean coordinator = access.isCoordinatorOrAdmin(group, caller);
        List<MemberStatus> statuses = status != null ? List.of(status)
                : coordinator ? List.of(MemberStatus.ACTIVE, MemberStatus.PENDING) : List.of(MemberStatus.ACTIVE);
        if (!coordinator && statuses.contains(MemberStatus.PENDING)) {
            throw ProblemException.forbidden("membership.pending-coordinators-only");
        }
        List<Object[]> rows = em.createQuery("""
                        select m, u, inviter from Membership m
                        join User u on u.id = m.userId
                        left join User inviter on inviter.id = m.invitedBy
                        where m.groupId = :group and m.status in :statuses and m.id > :after
                        order by m.id""", Object[].class)
                .setParameter("group", group.id)
                .setParameter("statuses", statuses)
                .setParameter("after", Cursor.decodeId(page.cursor))
                .setMaxResults(page.limit + 1)
                .getResultList();
        return PageResponse.of(rows, page.limit, row -> Cursor.encode(((Membership) row[0]).id),
                row -> MemberResponse.of((Membership) row[0], (User) row[1], (User) row[2]));
    }

    @Transactional
    public MemberResponse join(String slug, Caller caller) {
        Group group = access.readableForUpdate(slug, caller);
        Optional<Membership> existing = Membership.of(group.id, caller.id());
        if (existing.isPresent()) {
            throw ProblemException.conflict(null, existing.get().status == MemberStatus.PENDING ? "membership.request-pending" : "membership.already-member");
        }
        if (group.joinPolicy == JoinPolicy.INVITE) {
            throw ProblemException.forbidden("membership.invitation-only");
        }
        Membership membership = new Membership();
        membership.groupId = group.id;
        membership.userId = caller.id();
        membership.status = group.joinPolicy == JoinPolicy.OPEN ? MemberStatus.ACTIVE : MemberStatus.PENDING;
        membership.persist();
        if (membership.status == MemberStatus.PENDING) {
            tellCoordinatorsOfRequest(group, caller);
        }
        return MemberResponse.of(membership, User.findById(caller.id()), null);
    }

    @Transactional
    public MemberResponse update(String slug, long userId, Caller caller, UpdateMemberRequest request) {
        Group group = access.readableForUpdate(slug, caller);
        access.requireCoordinator(group, caller);
        Membership membership = memberOf(group, userId);
        if (request.status() == MemberStatus.PENDING && membership.status == MemberStatus.ACTIVE) {
            throw ProblemException.invalid("status", "membership.active-to-pending");
        }
        if (request.role() == MemberRole.MEMBER && membership.isActiveCoordinator()) {
            requireAnotherCoordinator(group);
        }
        AuditLog.Target target = AuditLog.Target.inGroup(group.id, "user", userId);
        if (request.status() != null && request.status() != membership.status) {
            membership.status = request.status();
            audit.record(caller.id(), "member.approved", target);
        }
        if (request.role() != null && request.role() != membership.role) {
            audit.record(caller.id(), "member.role_changed", target, Map.of("from", membership.role, "to", request.role()));
            membership.role = request.role();
        }
        return MemberResponse.of(membership, User.findById(userId),
                membership.invitedBy == null ? null : User.findById(membership.invitedBy));
    }

    /** Leaving (self) or removing someone (coordinator). */
    @Transactional
    public void remove(String slug, long userId, Caller caller) {
        Group group = access.readableForUpdate(slug, caller);
        if (userId != caller.id()) {
            access.requireCoordinator(group, caller);
        }
        Membership membership = memberOf(group, userId);
        if (membership.isActiveCoordinator()) {
            requireAnotherCoordinator(group);
        }
        membership.delete();
        if (userId != caller.id()) {
            audit.record(caller.id(), membership.status == MemberStatus.PENDING ? "member.request_rejected" : "member.removed",
                    AuditLog.Target.inGroup(group.id, "user", userId), Map.of("role", membership.role));
        }
        memberLeft.fire(new MemberLeft(group.id, userId));
    }

    private static Membership memberOf(Group group, long userId) {
        return Membership.of(group.id, userId)
                .orElseThrow(() -> ProblemException.notFound("membership.not-member"));
    }

    private static void requireAnotherCoordinator(Group group) {
        if (Membership.activeCoordinators(group.id) <= 1) {
            throw ProblemException.conflict(null, "membership.last-coordinator");
        }
    }

    private void tellCoordinatorsOfRequest(Group group, Caller requester) {
        List<User> coordinators = em.createQuery("""
                        select u from User u join Membership m on m.userId = u.id
                        where m.groupId = :group and m.role = :coordinator and m.status = :active""", User.class)
                .setParameter("group", group.id)
                .setParameter("coordinator", MemberRole.COORDINATOR)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList();
        for (User coordinator : coordinators) {
            outbox.enqueue(coordinator.email, mails.joinRequest(coordinator.locale, coordinator.displayName,
                    requester.displayName(), group.name, group.slug));
        }
    }
}
