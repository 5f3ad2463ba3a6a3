package fr.entraide.common.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as a person reads it, in their language and the event's time zone ("samedi 14 novembre 2026, 13:00"). */
public final class When {

    private When() {
    }

    public static String format(Instant instant, String timezone, String locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(locale))
                .withZone(ZoneId.of(timezone))
                .format(instant) + " (" + timezone + ")";
    }
}
