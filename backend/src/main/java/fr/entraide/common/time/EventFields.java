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
            throw ProblemException.invalid(field, "Date trop lointaine (avant 2100, s'il vous plaît).");
        }
    }

    public static void requireSchedule(Instant startsAt, Instant endsAt, String prefix) {
        requirePlausible(startsAt, prefix + "startsAt");
        requirePlausible(endsAt, prefix + "endsAt");
        if (!startsAt.isAfter(Instant.now())) {
            throw ProblemException.invalid(prefix + "startsAt", "La date de début est déjà passée.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid(prefix + "endsAt", "La fin doit venir après le début.");
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
        throw ProblemException.invalid("timezone", "Fuseau horaire inconnu : indiquez une région, par exemple Europe/Paris.");
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
            throw ProblemException.invalid("onlineUrl", "Le lien de visio doit être une adresse http(s).");
        }
    }
}
