package fr.entraide.notifications;

import fr.entraide.accounts.EmailDigest;
import fr.entraide.accounts.User;
import fr.entraide.common.Texts;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.mail.Attachment;
import fr.entraide.mail.MailContent;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.Mails;
import fr.entraide.notifications.api.MarkReadRequest;
import fr.entraide.notifications.api.NotificationView;
import fr.entraide.notifications.api.UnsubscribeResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The bell: storing notifications, e-mailing those who want them at once, and waking the live streams. */
@ApplicationScoped
public class NotificationService {

    /** PostgreSQL channel whose payload is a comma-separated list of user ids with new notifications. */
    public static final String CHANNEL = "entraide_notifications";
    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final int IDS_PER_NOTIFY = 500;

    @Inject
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    AppConfig config;

    /**
     * What to tell one member. {@code mail} is written in their language, and sent now only when they want
     * immediate e-mails; those who chose the daily digest get it later.
     */
    public record Outgoing(User recipient, Notice notice, Long actorId, Long groupId, Long threadId, Long postId,
                           String excerpt, String link, MailContent mail, Attachment attachment) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(List<Outgoing> outgoing) {
        for (Outgoing item : outgoing) {
            Notification notification = new Notification();
            notification.userId = item.recipient().id;
            notification.type = item.notice().type();
            notification.params = item.notice().params();
            notification.actorId = item.actorId();
            notification.groupId = item.groupId();
            notification.threadId = item.threadId();
            notification.postId = item.postId();
            notification.title = Texts.fit(item.notice().render(item.recipient().locale), 400);
            notification.excerpt = Texts.fit(item.excerpt(), 600);
            notification.link = item.link();
            if (item.mail() != null && item.recipient().emailDigest == EmailDigest.IMMEDIATE) {
                outbox.enqueue(item.recipient().email, item.mail(), mails.unsubscribeHeaders(item.recipient().unsubscribeKey),
                        item.attachment());
                notification.emailedAt = Instant.now();
            }
            notification.persist();
        }
        wake(outgoing.stream().map(item -> item.recipient().id).distinct().toList());
    }

    /**
     * Tells members about something in a group (not their own doing): one notification each, and an e-mail in
     * their language naming the group and the topic for those who want e-mails at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Collection<Long> userIds, Long actorId, Group group, String topic, String link, String quote,
                     Notice notice) {
        tell(userIds, actorId, group, topic, link, quote, null, notice);
    }

    /**
     * The same, with a file joined to each e-mail. The file is made only when someone is e-mailed at once, and a
     * file that cannot be made never stops what is being told: the mail then goes without it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Collection<Long> userIds, Long actorId, Group group, String topic, String link, String quote,
                     Supplier<Attachment> attachment, Notice notice) {
        List<Long> recipients = userIds.stream().filter(id -> actorId == null || !id.equals(actorId)).distinct().toList();
        if (recipients.isEmpty()) {
            return;
        }
        List<User> users = User.list("id in ?1 and deletedAt is null and suspended = false", recipients);
        Attachment file = attachment != null && users.stream().anyMatch(u -> u.emailDigest == EmailDigest.IMMEDIATE)
                ? attachmentOrNone(attachment, notice.type()) : null;
        List<Outgoing> outgoing = new ArrayList<>();
        for (User user : users) {
            String text = notice.render(user.locale);
            outgoing.add(new Outgoing(user, notice, actorId, group.id, null, null, null, link,
                    mails.activity(user.locale, user.displayName, group.name, topic, text, quote, config.publicUrl() + link),
                    file));
        }
        send(outgoing);
    }

    private static Attachment attachmentOrNone(Supplier<Attachment> attachment, NotificationType type) {
        try {
            return attachment.get();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The attachment of a %s mail could not be made; the mail goes without it", type);
            return null;
        }
    }

    /** Delivered by PostgreSQL when the transaction commits, to the streams of every backend instance. */
    private void wake(Collection<Long> userIds) {
        List<Long> ids = new ArrayList<>(userIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_NOTIFY) {
            String payload = ids.subList(from, Math.min(ids.size(), from + IDS_PER_NOTIFY)).stream()
                    .map(String::valueOf).collect(Collectors.joining(","));
            em.createNativeQuery("select pg_notify(:channel, :payload)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("payload", payload)
                    .getSingleResult();
        }
    }

    /** The caller's notifications, titled in {@code language}. */
    public PageResponse<NotificationView> list(Caller caller, boolean unreadOnly, PageParams page, String language) {
        long before = page.cursor == null || page.cursor.isBlank() ? Long.MAX_VALUE : Cursor.decodeId(page.cursor);
        List<Object[]> rows = em.createQuery("""
                        select n, a from Notification n left join User a on a.id = n.actorId
                        where n.userId = :user and n.id < :before and (:all = true or n.readAt is null)
                        order by n.id desc""", Object[].class)
                .setParameter("user", caller.id())
                .setParameter("before", before)
                .setParameter("all", !unreadOnly)
                .setMaxResults(page.limit + 1)
                .getResultList();
        return PageResponse.of(rows, page.limit, row -> Cursor.encode(((Notification) row[0]).id),
                row -> NotificationView.of((Notification) row[0], (User) row[1], language));
    }

    public long unreadCount(long userId) {
        return Notification.count("userId = ?1 and readAt is null", userId);
    }

    @Transactional
    public void markRead(Caller caller, MarkReadRequest request) {
        boolean all = Boolean.TRUE.equals(request.all());
        if (!all && (request.ids() == null || request.ids().isEmpty())) {
            throw ProblemException.invalid("ids", "notification.ids-required");
        }
        if (all) {
            Notification.update("readAt = ?1 where userId = ?2 and readAt is null", Instant.now(), caller.id());
        } else {
            Notification.update("readAt = ?1 where userId = ?2 and readAt is null and id in ?3", Instant.now(), caller.id(), request.ids());
        }
    }

    public long latestId(long userId) {
        Long latest = em.createQuery("select max(n.id) from Notification n where n.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Notifications made after {@code afterId}, oldest first, for the live stream, titled in {@code language}. */
    public List<NotificationView> newerThan(long userId, long afterId, String language) {
        return em.createQuery("""
                        select n, a from Notification n left join User a on a.id = n.actorId
                        where n.userId = :user and n.id > :after order by n.id""", Object[].class)
                .setParameter("user", userId)
                .setParameter("after", afterId)
                .getResultStream()
                .map(row -> NotificationView.of((Notification) row[0], (User) row[1], language))
                .toList();
    }

    /** One-click unsubscribe (RFC 8058): no more e-mail, the bell keeps working. */
    @Transactional
    public UnsubscribeResponse unsubscribe(String key) {
        User user = key == null || key.isBlank() ? null
                : User.<User>find("unsubscribeKey", key).firstResultOptional().orElse(null);
        if (user == null) {
            throw ProblemException.notFound("unsubscribe.unknown-link");
        }
        user.emailDigest = EmailDigest.NEVER;
        return new UnsubscribeResponse(user.emailDigest);
    }
}
