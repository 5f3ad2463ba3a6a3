package fr.entraide.mail;

/** A text file joined to an e-mail, such as an iCalendar event. */
public record Attachment(String name, String contentType, String content) {
}
