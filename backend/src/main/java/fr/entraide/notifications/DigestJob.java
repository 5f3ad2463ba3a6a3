package fr.entraide.notifications;

import fr.entraide.accounts.EmailDigest;
import fr.entraide.accounts.User;
import fr.entraide.groups.Group;
import fr.entraide.mail.Bundles;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.Mails;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The daily digest for members who chose it: every notification not yet read nor e-mailed, one line per thread,
 * grouped by group. Rows are claimed with SKIP LOCKED, so several instances never send one twice.
 */
@ApplicationScoped
public class DigestJob {

    @Inject
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Scheduled(cron = "${app.digest.cron}", timeZone = "Europe/Paris", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        sendDigests();
    }

    /** @return how many digests were written to the outbox. */
    public int sendDigests() {
        List<Long> userIds = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                        select distinct n.userId from Notification n join User u on u.id = n.userId
                        where u.emailDigest = :daily and n.emailedAt is null and n.readAt is null""", Long.class)
                .setParameter("daily", EmailDigest.DAILY)
                .getResultList());
        int sent = 0;
        for (Long userId : userIds) {
            if (QuarkusTransaction.requiringNew().call(() -> digestFor(userId))) {
                sent++;
            }
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private boolean digestFor(long userId) {
        List<Notification> pending = em.createNativeQuery("""
                        select * from notification
                        where user_id = :user and emailed_at is null and read_at is null
                        order by id for update skip locked""", Notification.class)
                .setParameter("user", userId)
                .getResultList();
        User user = User.findById(userId);
        if (pending.isEmpty() || user.emailDigest != EmailDigest.DAILY || user.deletedAt != null) {
            return false;
        }
        // one line per thread, under the thread's title as its latest notification names it
        Map<Long, List<Notification>> perThread = pending.stream().filter(n -> n.threadId != null && n.groupId != null)
                .collect(Collectors.groupingBy(n -> n.threadId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Group> groups = Group.<Group>list("id in ?1", perThread.values().stream().map(n -> n.get(0).groupId).distinct().toList())
                .stream().collect(Collectors.toMap(g -> g.id, g -> g));
        NotificationMessages msg = Bundles.in(NotificationMessages.class, user.locale);
        List<String> lines = new ArrayList<>();
        perThread.values().stream()
                .map(thread -> thread.get(thread.size() - 1))
                .sorted(Comparator.comparing((Notification latest) -> groups.get(latest.groupId).name, String.CASE_INSENSITIVE_ORDER))
                .forEach(latest -> lines.add(msg.digestLine(threadTitle(latest), groups.get(latest.groupId).name,
                        perThread.get(latest.threadId).size())));
        outbox.enqueue(user.email, mails.digest(user.locale, user.displayName, lines),
                mails.unsubscribeHeaders(user.unsubscribeKey));
        Instant now = Instant.now();
        pending.forEach(n -> n.emailedAt = now);
        return true;
    }

    private static String threadTitle(Notification latest) {
        return latest.params != null && latest.params.containsKey("thread") ? latest.params.get("thread") : latest.title;
    }
}
