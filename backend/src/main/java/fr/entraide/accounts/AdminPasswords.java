package fr.entraide.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one rule on the first administrator's password: a production server refuses to start with a weak one. */
public final class AdminPasswords {

    public static final int MIN_LENGTH = 12;

    /** Passwords that were ever written in this project's files or are the first anyone tries. */
    private static final Set<String> KNOWN = Set.of(
            "changez-moi-tout-de-suite", "entraide-demo", "admin-password-1234", "admin-e2e-password",
            "choose-a-long-password", "changeme", "change-me", "password", "motdepasse", "mot-de-passe",
            "administrator", "administrateur", "entraide", "entraide123", "123456789012", "azertyuiop12", "qwertyuiop12");

    private AdminPasswords() {
    }

    /** Why the password is weak, or empty when it may be used. */
    public static Optional<String> weakness(String password) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            return Optional.of("shorter than " + MIN_LENGTH + " characters");
        }
        if (KNOWN.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("a known password");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("too few different characters");
        }
        return Optional.empty();
    }
}
