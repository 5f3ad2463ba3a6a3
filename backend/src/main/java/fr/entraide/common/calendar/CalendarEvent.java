package fr.entraide.common.calendar;

import java.time.Instant;

/**
 * One event of an iCalendar file, whatever the feature it comes from. The uid never changes across edits and the
 * sequence grows with each change, so calendar clients update the event instead of adding a second one.
 */
public record CalendarEvent(String uid, String title, Instant startsAt, Instant endsAt, String timezone, int sequence,
                            boolean cancelled, String description, String onlineUrl, String location) {

    /** The description of an event: its text, an optional note (such as why it was cancelled) and its page. */
    public static String description(String text, String note, String link) {
        StringBuilder description = new StringBuilder();
        if (text != null && !text.isBlank()) {
            description.append(text.strip()).append("\n\n");
        }
        if (note != null) {
            description.append(note).append("\n\n");
        }
        return description.append(link).toString();
    }
}
