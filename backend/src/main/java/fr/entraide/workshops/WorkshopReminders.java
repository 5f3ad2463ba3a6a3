package fr.entraide.workshops;

import fr.entraide.accounts.User;
import fr.entraide.common.config.AppConfig;
import fr.entraide.groups.Group;
import fr.entraide.mail.Bundles;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.Mails;
import fr.entraide.notifications.NotificationMessages;
import fr.entraide.notifications.ReminderSent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The day-before reminder to confirmed participants. Each (workshop, person) is claimed in reminder_sent in the
 * transaction that writes the mail, so a reminder goes out once even when the job runs twice or on several
 * instances.
 */
@ApplicationScoped
public class WorkshopReminders {

    static final String KIND = "WORKSHOP";

    @Inject
    AppConfig config;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Scheduled(every = "${app.workshops.reminder-interval}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** @return how many reminders were written to the outbox. */
    public int sendDue() {
        Instant now = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Workshop.<Workshop>list(
                        "cancelledAt is null and startsAt > ?1 and startsAt <= ?2", now, now.plus(config.workshops().reminderLead()))
                .stream().map(w -> w.id).toList());
        int sent = 0;
        for (Long workshopId : due) {
            sent += QuarkusTransaction.requiringNew().call(() -> remind(workshopId));
        }
        return sent;
    }

    private int remind(long workshopId) {
        Workshop workshop = Workshop.findById(workshopId);
        Group group = Group.findById(workshop.groupId);
        List<Long> confirmed = Registration.<Registration>list("workshopId = ?1 and status = ?2", workshopId, RegistrationStatus.CONFIRMED)
                .stream().map(r -> r.userId).toList();
        int sent = 0;
        for (Long userId : confirmed) {
            if (!ReminderSent.claim(KIND, workshopId, userId)) {
                continue;
            }
            User user = User.findById(userId);
            if (user.deletedAt != null || user.suspended) {
                continue;
            }
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag(user.locale)).withZone(ZoneId.of(workshop.timezone));
            String what = Bundles.in(NotificationMessages.class, user.locale)
                    .workshopReminder(workshop.title, format.format(workshop.startsAt) + " (" + workshop.timezone + ")");
            String link = config.publicUrl() + "/groups/" + group.slug + "/workshops/" + workshop.id;
            outbox.enqueue(user.email, mails.activity(user.locale, user.displayName, group.name, workshop.title, what,
                    workshop.onlineUrl, link), mails.unsubscribeHeaders(user.unsubscribeKey));
            sent++;
        }
        return sent;
    }
}
