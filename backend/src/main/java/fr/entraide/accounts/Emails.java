package fr.entraide.accounts;

import java.util.Locale;

/** The one canonical form of an e-mail address, for storing, looking up and throttling alike. */
public final class Emails {

    private Emails() {
    }

    /** Surrounding white space removed, lower-cased ({@code null} stays null). */
    public static String canonical(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
