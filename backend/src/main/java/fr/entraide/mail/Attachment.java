package fr.entraide.mail;

/** A text file joined to an e-mail, such as an iCalendar event. */
public record Attachment(String name, String contentType, String content) {

    /** A published iCalendar file, which mail clients offer to add to the calendar. */
    public static Attachment calendar(String name, String ics) {
        return new Attachment(name, "text/calendar; charset=UTF-8; method=PUBLISH", ics);
    }
}
