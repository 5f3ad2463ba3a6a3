package fr.entraide.meetings;

import fr.entraide.common.calendar.CalendarEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A session of the group (online or in a place), scheduled by its coordinators. */
@Entity
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public String title;
    public String description = "";

    @Enumerated(EnumType.STRING)
    public MeetingKind kind = MeetingKind.REUNION;

    public Instant startsAt;
    public Instant endsAt;
    public String timezone = "Europe/Paris";
    public String onlineUrl;
    public String location;
    public Integer capacity;
    public Long createdBy;
    public Instant cancelledAt;
    public String cancelReason;
    /** iCalendar SEQUENCE: raised by each change calendar clients must apply. */
    public int sequence;
    public Instant createdAt = Instant.now();
    public Instant updatedAt = Instant.now();

    @Version
    public long version;

    /** This meeting in a calendar file; the online link only for who may see it. */
    public CalendarEvent calendarEvent(String groupSlug, boolean withOnlineLink, String publicUrl) {
        String link = publicUrl + "/groups/" + groupSlug + "/meetings/" + id;
        return new CalendarEvent("meeting-" + id, title, startsAt, endsAt, timezone, sequence, cancelledAt != null,
                CalendarEvent.description(description, cancelReason == null ? null : "Annulée : " + cancelReason, link),
                withOnlineLink ? onlineUrl : null, location);
    }
}
