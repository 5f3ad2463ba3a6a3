package fr.entraide.accounts;

/** How a member wants to be e-mailed about activity. */
public enum EmailDigest {
    IMMEDIATE, DAILY, NEVER
}
