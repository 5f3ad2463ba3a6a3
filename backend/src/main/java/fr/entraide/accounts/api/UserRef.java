package fr.entraide.accounts.api;

/** A person as shown next to what they did. */
public record UserRef(long id, String displayName) {
}
