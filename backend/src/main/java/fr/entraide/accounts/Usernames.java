package fr.entraide.accounts;

/** The one rule for usernames, used by validation and by @mentions. */
public final class Usernames {

    public static final String PATTERN = "[A-Za-z0-9._-]{3,30}";
    /** The message of the rule, in ValidationMessages_fr/_en. */
    public static final String RULE = "{entraide.username.rule}";

    private Usernames() {
    }
}
