package fr.entraide.mail;

import fr.entraide.common.Texts;
import fr.entraide.common.config.AppConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work
 * without sending a mail twice; a failed send is retried with exponential back-off until max-attempts.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** How long a claimed mail is left to its sender before another one may take it (a sender that died). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    LocalMailbox localMailbox;

    @Scheduled(every = "${app.outbox.interval}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /**
     * Sends every due mail, batch by batch; returns how many went out. A batch is claimed in a short transaction
     * that moves its next attempt a lease ahead, then each mail is sent outside any transaction and marked sent in
     * its own: a rollback can no longer undo the record of a mail already handed to the SMTP server, and a sender
     * that dies mid-batch leaves its mails to be picked up again when the lease ends.
     */
    public int sendDue() {
        int sent = 0;
        while (true) {
            List<Long> claimed = QuarkusTransaction.requiringNew().call(this::claimBatch);
            for (Long id : claimed) {
                if (deliver(id)) {
                    sent++;
                }
            }
            if (claimed.size() < config.outbox().batchSize()) {
                return sent;
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<Long> claimBatch() {
        List<Number> ids = em.createNativeQuery("""
                        select id from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by id
                        limit :limit
                        for update skip locked""")
                .setParameter("limit", config.outbox().batchSize())
                .getResultList();
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        if (!claimed.isEmpty()) {
            OutboxMail.update("nextAttemptAt = ?1 where id in ?2", Instant.now().plus(LEASE), claimed);
        }
        return claimed;
    }

    private boolean deliver(long id) {
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>findById(id));
        if (mail == null || mail.status != OutboxMail.Status.PENDING) {
            return false;
        }
        try {
            mailer.send(message(mail));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> recordFailure(id, String.valueOf(e.getMessage())));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() ->
                OutboxMail.update("status = ?1, sentAt = ?2, lastError = null where id = ?3", OutboxMail.Status.SENT, Instant.now(), id));
        localMailbox.kept(mail);
        return true;
    }

    private static Mail message(OutboxMail mail) {
        Mail message = Mail.withHtml(mail.recipient, Texts.singleLine(mail.subject), mail.htmlBody).setText(mail.textBody);
        if (mail.headers != null) {
            for (String line : mail.headers.split("\n")) {
                int colon = line.indexOf(':');
                message.addHeader(line.substring(0, colon), Texts.singleLine(line.substring(colon + 1)));
            }
        }
        if (mail.attachmentContent != null) {
            message.addAttachment(mail.attachmentName, mail.attachmentContent.getBytes(StandardCharsets.UTF_8), mail.attachmentType);
        }
        return message;
    }

    private void recordFailure(long id, String error) {
        OutboxMail mail = OutboxMail.findById(id);
        mail.attempts++;
        mail.lastError = truncate(error);
        if (mail.attempts >= config.outbox().maxAttempts()) {
            mail.status = OutboxMail.Status.FAILED;
            LOG.errorf("Giving up mail %d to %s after %d attempts: %s", mail.id, mail.recipient, mail.attempts, mail.lastError);
        } else {
            mail.nextAttemptAt = Instant.now().plus(backoff(mail.attempts));
            LOG.warnf("Mail %d not sent (attempt %d), retrying at %s: %s", mail.id, mail.attempts, mail.nextAttemptAt, mail.lastError);
        }
    }

    static Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
