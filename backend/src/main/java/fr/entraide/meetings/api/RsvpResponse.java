package fr.entraide.meetings.api;

/** oui / peut-être / non. */
public enum RsvpResponse {
    YES, MAYBE, NO
}
