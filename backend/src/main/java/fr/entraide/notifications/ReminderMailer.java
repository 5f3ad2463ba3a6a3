package fr.entraide.notifications;

import fr.entraide.accounts.EmailDigest;
import fr.entraide.accounts.User;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.time.When;
import fr.entraide.groups.Group;
import fr.entraide.mail.Bundles;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reminder e-mails before a dated event. Each (kind, event, person) is claimed in reminder_sent in the transaction
 * that writes the mail, so a reminder goes out once even when a job runs twice, restarts, or runs on several
 * instances. Those who asked for no e-mail at all ({@link EmailDigest#NEVER}) get none.
 */
@ApplicationScoped
public class ReminderMailer {

    @Inject
    AppConfig config;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    /**
     * @param text the reminder's sentence for one recipient, from the title and the formatted start time
     * @return how many reminders were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int remind(String kind, long eventId, List<Long> userIds, Group group, String title, Instant startsAt,
                      String timezone, String onlineUrl, String path,
                      BiFunction<NotificationMessages, String, String> text) {
        int sent = 0;
        for (Long userId : userIds) {
            User user = User.findById(userId);
            if (user.deletedAt != null || user.suspended || user.emailDigest == EmailDigest.NEVER) {
                continue;
            }
            if (!ReminderSent.claim(kind, eventId, userId)) {
                continue;
            }
            String what = text.apply(Bundles.in(NotificationMessages.class, user.locale), When.format(startsAt, timezone, user.locale));
            outbox.enqueue(user.email, mails.activity(user.locale, user.displayName, group.name, title, what, onlineUrl,
                    config.publicUrl() + path), mails.unsubscribeHeaders(user.unsubscribeKey));
            sent++;
        }
        return sent;
    }
}
