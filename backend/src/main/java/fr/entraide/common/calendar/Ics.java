package fr.entraide.common.calendar;

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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * iCalendar (RFC 5545) with ical4j, the one writer of meetings' and workshops' {@code .ics}. Times carry their TZID
 * with the matching VTIMEZONE, and a cancelled event stays with STATUS:CANCELLED so calendar clients remove it.
 */
public final class Ics {

    private static final String UID_DOMAIN = "@entraide";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ics() {
    }

    /** A published calendar (METHOD:PUBLISH) holding the events, in their order. */
    public static String publish(Collection<CalendarEvent> events) {
        Set<String> zones = new LinkedHashSet<>();
        events.forEach(e -> zones.add(e.timezone()));
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
        calendar.add(new Method(Method.VALUE_PUBLISH));
        events.forEach(e -> calendar.add(event(e)));
        return write(calendar);
    }

    private static VEvent event(CalendarEvent e) {
        // a zone the calendar cannot describe (none should be left, see EventFields.timezone) is written in UTC
        VEvent event = knownZone(e.timezone()) == null
                ? new VEvent(e.startsAt(), e.endsAt(), e.title())
                : new VEvent(ZonedDateTime.ofInstant(e.startsAt(), ZoneId.of(e.timezone())),
                        ZonedDateTime.ofInstant(e.endsAt(), ZoneId.of(e.timezone())), e.title());
        event.add(new Uid(e.uid() + UID_DOMAIN));
        event.add(new Sequence(e.sequence()));
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(e.description()));
        if (e.onlineUrl() != null) {
            event.add(new Url(URI.create(e.onlineUrl())));
        }
        String where = e.location() != null ? e.location() : e.onlineUrl();
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

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the calendar", e);
        }
        return out.toString();
    }
}
