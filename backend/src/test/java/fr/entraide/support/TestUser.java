package fr.entraide.support;

/** A user made for one test, with a valid access token. */
public record TestUser(long id, String email, String username, String password, String token) {
}
