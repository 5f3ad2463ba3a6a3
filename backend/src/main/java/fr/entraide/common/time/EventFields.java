package fr.entraide.common.time;

import fr.entraide.common.error.ProblemException;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** The rules every dated event (meeting, workshop, poll date) follows for its time, time zone and online link. */
public final class EventFields {

    public static final String DEFAULT_TIMEZONE = "Europe/Paris";
    /** Dates past this are typing mistakes (and past what PostgreSQL stores): refused with the field named. */
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private EventFields() {
    }

    /** Start in the future, end after start; a 400 naming {@code prefix + "startsAt"} or {@code "endsAt"} otherwise. */
    public static void requirePlausible(Instant instant, String field) {
        if (instant != null && instant.isAfter(LATEST)) {
            throw ProblemException.invalid(field, "date.too-far");
        }
    }

    public static void requireSchedule(Instant startsAt, Instant endsAt, String prefix) {
        requirePlausible(startsAt, prefix + "startsAt");
        requirePlausible(endsAt, prefix + "endsAt");
        if (!startsAt.isAfter(Instant.now())) {
            throw ProblemException.invalid(prefix + "startsAt", "event.start-past");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid(prefix + "endsAt", "event.end-before-start");
        }
    }

    /**
     * A region of the IANA database ("Europe/Paris"), Europe/Paris when none is given. Fixed offsets ("+02:00", "Z",
     * "UTC+2") are refused: they have no daylight-saving rules and no VTIMEZONE for calendar clients.
     */
    public static String timezone(String zone) {
        if (zone == null || zone.isBlank()) {
            return DEFAULT_TIMEZONE;
        }
        String id = zone.strip();
        try {
            if (ZoneId.getAvailableZoneIds().contains(id)) {
                return ZoneId.of(id).getId();
            }
        } catch (DateTimeException e) {
            // falls through to the refusal below
        }
        throw ProblemException.invalid("timezone", "event.unknown-timezone");
    }

    /** An http(s) link, or null when blank. */
    public static String onlineUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("onlineUrl", "event.online-url-http");
        }
    }
}
