package fr.entraide.groups;

import fr.entraide.accounts.Credentials;
import fr.entraide.accounts.Emails;
import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.groups.api.InvitationView;
import fr.entraide.groups.api.InviteRequest;
import fr.entraide.groups.api.MemberResponse;
import fr.entraide.groups.api.PendingInvitation;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.MailQuotas;
import fr.entraide.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Co-opting: any active member invites someone by e-mail; the link makes them an active member. Coordinators see
 * and revoke the pending invitations, and those sent by or addressed to someone who leaves the group are revoked.
 */
@ApplicationScoped
public class InvitationService {

    private static final String PENDING = "acceptedAt is null and revokedAt is null";

    @Inject
    EntityManager em;

    @Inject
    GroupAccess access;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    MailQuotas mailQuotas;

    @Inject
    Credentials credentials;

    @Inject
    AppConfig config;

    @Transactional
    public InvitationCreated invite(String slug, Caller caller, InviteRequest request) {
        Group group = access.readable(slug, Optional.of(caller));
        access.requireActiveMember(group, caller);
        String email = Emails.canonical(request.email());
        Optional<User> invitee = User.findByEmail(email);
        if (invitee.flatMap(u -> Membership.of(group.id, u.id)).filter(m -> m.status == MemberStatus.ACTIVE).isPresent()) {
            throw ProblemException.conflict("email", "invitation.invitee-already-member");
        }
        mailQuotas.invitation(caller.id(), email);
        String secret = Secrets.newToken();
        Invitation invitation = new Invitation();
        invitation.groupId = group.id;
        invitation.email = email;
        invitation.message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        invitation.invitedBy = caller.id();
        invitation.tokenHash = Secrets.hash(secret);
        invitation.expiresAt = Instant.now().plus(config.invitationLifetime());
        invitation.persist();
        String locale = invitee.map(u -> u.locale).orElse(caller.locale());
        outbox.enqueue(email, mails.invitation(locale, caller.displayName(), group.name, invitation.message, secret));
        return new InvitationCreated(invitation.id, email, invitation.expiresAt);
    }

    public InvitationView view(String token) {
        Invitation invitation = usable(token, false);
        Group group = Group.findById(invitation.groupId);
        User inviter = invitation.invitedBy == null ? null : User.findById(invitation.invitedBy);
        return new InvitationView(GroupRef.of(group), inviter == null ? null : new UserRef(inviter.id, inviter.displayName),
                invitation.email, invitation.message, invitation.expiresAt);
    }

    /**
     * Joins as an active member whatever the group's policy. Following the link proves the invitee owns the invited
     * address, so an account with that address counts as verified.
     */
    @Transactional
    public InvitationAccepted accept(String token, Caller caller) {
        Invitation invitation = usable(token, true);
        User user = User.findById(caller.id());
        if (user.email.equalsIgnoreCase(invitation.email)) {
            credentials.verify(user);
        } else if (!user.emailVerified) {
            throw new ProblemException(ProblemType.EMAIL_NOT_VERIFIED, "invitation.email-not-verified");
        }
        Group group = Group.findById(invitation.groupId, LockModeType.PESSIMISTIC_WRITE);
        Membership membership = Membership.of(group.id, user.id).orElseGet(() -> {
            Membership created = new Membership();
            created.groupId = group.id;
            created.userId = user.id;
            created.status = MemberStatus.PENDING;
            return created;
        });
        if (membership.status == MemberStatus.ACTIVE) {
            throw ProblemException.conflict(null, "invitation.already-member", group.name);
        }
        membership.status = MemberStatus.ACTIVE;
        membership.invitedBy = invitation.invitedBy;
        membership.joinedAt = Instant.now();
        membership.persist();
        invitation.acceptedAt = Instant.now();
        invitation.acceptedBy = user.id;
        User inviter = invitation.invitedBy == null ? null : User.findById(invitation.invitedBy);
        return new InvitationAccepted(GroupRef.of(group), MemberResponse.of(membership, user, inviter));
    }

    /** The group's invitations still waiting for an answer, oldest first (coordinators). */
    public PageResponse<PendingInvitation> pending(String slug, Caller caller, PageParams page) {
        Group group = access.readable(slug, Optional.of(caller));
        access.requireCoordinator(group, caller);
        List<Object[]> rows = em.createQuery("""
                        select i, u from Invitation i left join User u on u.id = i.invitedBy
                        where i.groupId = :group and i.acceptedAt is null and i.revokedAt is null
                          and i.expiresAt > :now and i.id > :after
                        order by i.id""", Object[].class)
                .setParameter("group", group.id)
                .setParameter("now", Instant.now())
                .setParameter("after", Cursor.decodeId(page.cursor))
                .setMaxResults(page.limit + 1)
                .getResultList();
        return PageResponse.of(rows, page.limit, row -> Cursor.encode(((Invitation) row[0]).id), row -> {
            Invitation i = (Invitation) row[0];
            User inviter = (User) row[1];
            return new PendingInvitation(i.id, i.email, inviter == null ? null : new UserRef(inviter.id, inviter.displayName),
                    i.createdAt, i.expiresAt);
        });
    }

    /** A coordinator withdraws a pending invitation: its link stops working (410). */
    @Transactional
    public void revoke(String slug, long id, Caller caller) {
        Group group = access.readable(slug, Optional.of(caller));
        access.requireCoordinator(group, caller);
        Invitation invitation = Invitation.<Invitation>find("id = ?1 and groupId = ?2 and " + PENDING, id, group.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("invitation.pending-not-found", id));
        invitation.revokedAt = Instant.now();
        invitation.revokedBy = caller.id();
    }

    /** Someone who leaves or is removed cannot come back, nor bring anyone, through invitations still pending. */
    void revokeOnLeaving(@Observes MemberLeft left) {
        User user = User.findById(left.userId());
        Invitation.update("revokedAt = ?1 where groupId = ?2 and " + PENDING + " and (invitedBy = ?3 or lower(email) = lower(?4))",
                Instant.now(), left.groupId(), left.userId(), user.email);
    }

    private static Invitation usable(String token, boolean lock) {
        var query = Invitation.<Invitation>find("tokenHash", Secrets.hash(token));
        if (lock) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        Invitation invitation = query.firstResultOptional()
                .filter(found -> found.expiresAt.isAfter(Instant.now()))
                .orElseThrow(() -> ProblemException.notFound("invitation.not-found"));
        if (invitation.acceptedAt != null) {
            throw new ProblemException(ProblemType.GONE, "invitation.already-accepted");
        }
        if (invitation.revokedAt != null) {
            throw new ProblemException(ProblemType.GONE, "invitation.revoked");
        }
        return invitation;
    }
}
