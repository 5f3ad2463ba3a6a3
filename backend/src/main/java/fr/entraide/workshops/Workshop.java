package fr.entraide.workshops;

import fr.entraide.common.calendar.CalendarEvent;
import fr.entraide.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** One dated session ("créneau") of mutual aid, capped in confirmed participants. */
@Entity
public class Workshop extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public Long seriesId;
    public String title;
    public String description = "";
    public Instant startsAt;
    public Instant endsAt;
    public String timezone = "Europe/Paris";
    public String onlineUrl;
    public String location;
    public int capacity;
    public Long facilitatorId;
    public Instant cancelledAt;
    public Long chosenProblemId;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public Instant phaseStartedAt;
    public Instant phaseEndsAt;
    public Long threadId;
    public Long createdBy;
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public WorkshopStatus status(long confirmed, Instant now) {
        if (cancelledAt != null) {
            return WorkshopStatus.CANCELLED;
        }
        if (!startsAt.isAfter(now)) {
            return WorkshopStatus.CLOSED;
        }
        return confirmed >= capacity ? WorkshopStatus.FULL : WorkshopStatus.OPEN;
    }

    /** This workshop in a calendar file; the online link only for who may see it. */
    public CalendarEvent calendarEvent(String groupSlug, boolean withOnlineLink, String publicUrl) {
        String link = publicUrl + "/groups/" + groupSlug + "/workshops/" + id;
        return new CalendarEvent("workshop-" + id, title, startsAt, endsAt, timezone, (int) version, cancelledAt != null,
                CalendarEvent.description(description, null, link), withOnlineLink ? onlineUrl : null, location);
    }

    public boolean facilitatedBy(Optional<Caller> caller) {
        return facilitatorId != null && caller.map(c -> facilitatorId == c.id()).orElse(false);
    }
}
