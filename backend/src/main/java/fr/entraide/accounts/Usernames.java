package fr.entraide.accounts;

/** The one rule for usernames, used by validation and by @mentions. */
public final class Usernames {

    public static final String PATTERN = "[A-Za-z0-9._-]{3,30}";
    public static final String RULE = "3 à 30 caractères parmi lettres, chiffres, point, tiret et tiret bas";

    private Usernames() {
    }
}
