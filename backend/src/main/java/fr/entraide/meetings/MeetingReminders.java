package fr.entraide.meetings;

import fr.entraide.common.config.AppConfig;
import fr.entraide.groups.Group;
import fr.entraide.meetings.api.RsvpResponse;
import fr.entraide.notifications.ReminderMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** The day-before reminder to those who answered yes (lead time: APP_MEETINGS_REMINDER_LEAD, 24 h by default). */
@ApplicationScoped
public class MeetingReminders {

    private static final Logger LOG = Logger.getLogger(MeetingReminders.class);

    @Inject
    AppConfig config;

    @Inject
    ReminderMailer mailer;

    @Scheduled(every = "${app.meetings.reminder-interval}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** @return how many reminders were written to the outbox. */
    public int sendDue() {
        Instant now = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Meeting.<Meeting>list(
                        "cancelledAt is null and startsAt > ?1 and startsAt <= ?2", now, now.plus(config.meetings().reminderLead()))
                .stream().map(m -> m.id).toList());
        int sent = 0;
        for (Long meetingId : due) {
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> {
                Meeting meeting = Meeting.findById(meetingId);
                Group group = Group.findById(meeting.groupId);
                List<Long> yes = Rsvp.<Rsvp>list("meetingId = ?1 and response = ?2", meetingId, RsvpResponse.YES)
                        .stream().map(r -> r.userId).toList();
                return mailer.remind("MEETING", meeting.id, yes, group, meeting.title, meeting.startsAt, meeting.timezone,
                        meeting.onlineUrl, "/groups/" + group.slug + "/meetings/" + meeting.id,
                        (msg, when) -> msg.meetingReminder(meeting.title, when));
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reminders of %s %d failed; the next run retries them", "meeting", meetingId);
            }
        }
        return sent;
    }
}
