package fr.entraide.mail;

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

    /** Sends every due mail, batch by batch; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            BatchResult result = QuarkusTransaction.requiringNew().call(this::sendBatch);
            sent += result.sent;
            if (result.claimed < config.outbox().batchSize()) {
                return sent;
            }
        }
    }

    private record BatchResult(int claimed, int sent) {
    }

    @SuppressWarnings("unchecked")
    private BatchResult sendBatch() {
        List<OutboxMail> due = em.createNativeQuery("""
                        select * from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by id
                        limit :limit
                        for update skip locked""", OutboxMail.class)
                .setParameter("limit", config.outbox().batchSize())
                .getResultList();
        int sent = 0;
        for (OutboxMail mail : due) {
            if (deliver(mail)) {
                sent++;
            }
        }
        return new BatchResult(due.size(), sent);
    }

    private boolean deliver(OutboxMail mail) {
        try {
            Mail message = Mail.withHtml(mail.recipient, mail.subject, mail.htmlBody).setText(mail.textBody);
            if (mail.headers != null) {
                for (String line : mail.headers.split("\n")) {
                    int colon = line.indexOf(':');
                    message.addHeader(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
            if (mail.attachmentContent != null) {
                message.addAttachment(mail.attachmentName, mail.attachmentContent.getBytes(StandardCharsets.UTF_8), mail.attachmentType);
            }
            mailer.send(message);
            mail.status = OutboxMail.Status.SENT;
            mail.sentAt = Instant.now();
            mail.lastError = null;
            localMailbox.kept(mail);
            return true;
        } catch (RuntimeException e) {
            mail.attempts++;
            mail.lastError = truncate(String.valueOf(e.getMessage()));
            if (mail.attempts >= config.outbox().maxAttempts()) {
                mail.status = OutboxMail.Status.FAILED;
                LOG.errorf("Giving up mail %d to %s after %d attempts: %s", mail.id, mail.recipient, mail.attempts, mail.lastError);
            } else {
                mail.nextAttemptAt = Instant.now().plus(backoff(mail.attempts));
                LOG.warnf("Mail %d not sent (attempt %d), retrying at %s: %s", mail.id, mail.attempts, mail.nextAttemptAt, mail.lastError);
            }
            return false;
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
