package fr.entraide.workshops;

import fr.entraide.common.config.AppConfig;
import fr.entraide.groups.Group;
import fr.entraide.notifications.ReminderMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** The day-before reminder to a workshop's confirmed participants (never the waitlist). */
@ApplicationScoped
public class WorkshopReminders {

    private static final Logger LOG = Logger.getLogger(WorkshopReminders.class);

    @Inject
    AppConfig config;

    @Inject
    ReminderMailer mailer;

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
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> {
                Workshop workshop = Workshop.findById(workshopId);
                Group group = Group.findById(workshop.groupId);
                List<Long> confirmed = Registration.<Registration>list("workshopId = ?1 and status = ?2", workshopId,
                        RegistrationStatus.CONFIRMED).stream().map(r -> r.userId).toList();
                return mailer.remind("WORKSHOP", workshop.id, confirmed, group, workshop.title, workshop.startsAt,
                        workshop.timezone, workshop.onlineUrl, "/groups/" + group.slug + "/workshops/" + workshop.id,
                        (msg, when) -> msg.workshopReminder(workshop.title, when));
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reminders of %s %d failed; the next run retries them", "workshop", workshopId);
            }
        }
        return sent;
    }
}
