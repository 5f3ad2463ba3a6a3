package fr.entraide.meetings;

/** oui / peut-être / non. */
public enum RsvpResponse {
    YES, MAYBE, NO
}
