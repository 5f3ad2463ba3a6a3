package fr.entraide.meetings;

import fr.entraide.accounts.AccessEnded;
import fr.entraide.accounts.User;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import fr.entraide.groups.Visibility;
import fr.entraide.mail.Attachment;
import fr.entraide.meetings.api.CalendarTokenView;
import fr.entraide.workshops.Workshop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * iCalendar (RFC 5545) with ical4j: one meeting, or a group's feed of meetings and workshops. Times carry their
 * TZID with the matching VTIMEZONE, UIDs never change across edits, SEQUENCE grows with each change, and a
 * cancelled event stays in the feed with STATUS:CANCELLED so calendar clients remove it.
 */
@ApplicationScoped
public class CalendarService {

    private static final String UID_DOMAIN = "@entraide";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Inject
    GroupAccess groups;

    @Inject
    MeetingService meetings;

    @Inject
    AppConfig config;

    public String meeting(long id, Optional<Caller> caller) {
        Meeting meeting = meetings.readable(id, caller);
        Group group = Group.findById(meeting.groupId);
        Calendar calendar = calendar(Set.of(meeting.timezone));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(event(meeting, group, groups.seesOnlineLinks(group, caller)));
        return write(calendar);
    }

    /** One workshop as an .ics file, for the e-mail confirming a seat (to a member: with its online link). */
    public Attachment workshopFile(Workshop workshop, Group group) {
        Calendar calendar = calendar(Set.of(workshop.timezone));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(event(workshop, group, true));
        return new Attachment("atelier-" + workshop.id + ".ics", "text/calendar; charset=UTF-8; method=PUBLISH", write(calendar));
    }

    /**
     * A public group's feed is open to all, without the online links; a member's feed — their feed token (calendar
     * apps cannot send a bearer header) or their bearer token — has them, and is the only way into a private group's.
     */
    public String groupFeed(String slug, String token, Optional<Caller> caller) {
        Group group = Group.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("group.not-found", slug));
        Long userId = token != null && !token.isBlank()
                ? CalendarToken.<CalendarToken>find("token", token).firstResultOptional().map(t -> t.userId)
                        .filter(id -> User.<User>findByIdOptional(id).filter(u -> !u.suspended && u.deletedAt == null).isPresent())
                        .orElse(null)
                : caller.map(Caller::id).orElse(null);
        boolean member = userId != null && (caller.map(Caller::isAdmin).orElse(false)
                || Membership.of(group.id, userId).filter(m -> m.status == MemberStatus.ACTIVE).isPresent());
        if (group.visibility == Visibility.PRIVATE && !member) {
            throw ProblemException.notFound("group.not-found", slug);
        }
        Instant since = Instant.now().minus(60, ChronoUnit.DAYS);
        List<Meeting> groupMeetings = Meeting.list("groupId = ?1 and endsAt >= ?2 order by startsAt", group.id, since);
        List<Workshop> groupWorkshops = Workshop.list("groupId = ?1 and endsAt >= ?2 order by startsAt", group.id, since);
        Set<String> zones = new LinkedHashSet<>();
        groupMeetings.forEach(m -> zones.add(m.timezone));
        groupWorkshops.forEach(w -> zones.add(w.timezone));
        Calendar calendar = calendar(zones);
        calendar.add(new Method(Method.VALUE_PUBLISH));
        groupMeetings.forEach(m -> calendar.add(event(m, group, member)));
        groupWorkshops.forEach(w -> calendar.add(event(w, group, member)));
        return write(calendar);
    }

    /** The caller's feed secret, made on first request. */
    @Transactional
    public CalendarTokenView token(Caller caller) {
        CalendarToken token = CalendarToken.<CalendarToken>find("userId", caller.id()).firstResultOptional().orElseGet(() -> {
            CalendarToken created = new CalendarToken();
            created.userId = caller.id();
            created.token = Secrets.newToken();
            created.persist();
            return created;
        });
        return new CalendarTokenView(token.token, "/api/v1/groups/{slug}/calendar.ics?token=" + token.token);
    }

    /** Revoking: feeds subscribed with the old secret stop working; the next request makes a new one. */
    @Transactional
    public void revoke(Caller caller) {
        CalendarToken.delete("userId", caller.id());
    }

    private static Calendar calendar(Set<String> zones) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Entraide//Rencontres et ateliers//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (String zone : zones) {
            TimeZone known = knownZone(zone);
            if (known != null) {
                calendar.add(known.getVTimeZone());
            }
        }
        return calendar;
    }

    private VEvent event(Meeting meeting, Group group, boolean withOnlineLink) {
        String link = config.publicUrl() + "/groups/" + group.slug + "/meetings/" + meeting.id;
        String description = join(meeting.description, meeting.cancelReason == null ? null : "Annulée : " + meeting.cancelReason, link);
        return event("meeting-" + meeting.id, meeting.title, meeting.startsAt, meeting.endsAt, meeting.timezone,
                meeting.sequence, meeting.cancelledAt != null, description, withOnlineLink ? meeting.onlineUrl : null,
                meeting.location);
    }

    private VEvent event(Workshop workshop, Group group, boolean withOnlineLink) {
        String link = config.publicUrl() + "/groups/" + group.slug + "/workshops/" + workshop.id;
        return event("workshop-" + workshop.id, workshop.title, workshop.startsAt, workshop.endsAt, workshop.timezone,
                (int) workshop.version, workshop.cancelledAt != null, join(workshop.description, null, link),
                withOnlineLink ? workshop.onlineUrl : null, workshop.location);
    }

    private static VEvent event(String uid, String title, Instant startsAt, Instant endsAt, String timezone, int sequence,
                                boolean cancelled, String description, String onlineUrl, String location) {
        // a zone the calendar cannot describe (none should be left, see EventFields.timezone) is written in UTC
        VEvent event = knownZone(timezone) == null
                ? new VEvent(startsAt, endsAt, title)
                : new VEvent(ZonedDateTime.ofInstant(startsAt, ZoneId.of(timezone)), ZonedDateTime.ofInstant(endsAt, ZoneId.of(timezone)), title);
        event.add(new Uid(uid + UID_DOMAIN));
        event.add(new Sequence(sequence));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(description));
        if (onlineUrl != null) {
            event.add(new Url(URI.create(onlineUrl)));
        }
        String where = location != null ? location : onlineUrl;
        if (where != null) {
            event.add(new Location(where));
        }
        return event;
    }

    /** The zone's VTIMEZONE source, or null for an id the calendar library does not know (it throws on some). */
    private static TimeZone knownZone(String id) {
        try {
            return ZONES.getTimeZone(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String join(String description, String note, String link) {
        StringBuilder text = new StringBuilder();
        if (description != null && !description.isBlank()) {
            text.append(description.strip()).append("\n\n");
        }
        if (note != null) {
            text.append(note).append("\n\n");
        }
        return text.append(link).toString();
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the calendar", e);
        }
        return out.toString();
    }

    /** A calendar feed link is a credential too: it ends with the account's other ones. */
    void revokeFeeds(@Observes AccessEnded ended) {
        CalendarToken.delete("userId", ended.userId());
    }
}
