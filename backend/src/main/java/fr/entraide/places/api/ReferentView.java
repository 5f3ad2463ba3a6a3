package fr.entraide.places.api;

/** The referent as signed-in people see them: a name and a role, never an e-mail or a phone. */
public record ReferentView(String name, String role) {
}
