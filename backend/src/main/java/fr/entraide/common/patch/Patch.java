package fr.entraide.common.patch;

import fr.entraide.common.error.ProblemException;

import java.util.function.Consumer;

/**
 * The rules every PATCH of the API shares: an absent field ({@code null}) leaves the value as it is; a change made
 * against an older version is refused; texts are stored stripped; a text that names something cannot be emptied.
 */
public final class Patch {

    private Patch() {
    }

    /** A 409 when the change was made against another version than the current one; no check without a version. */
    public static void requireVersion(Long given, long current) {
        if (given != null && given != current) {
            throw ProblemException.staleVersion();
        }
    }

    /** A text that cannot be emptied (a title, a name): blank is refused naming the field with {@code blankCode}. */
    public static void requiredText(String value, String field, String blankCode, Consumer<String> set) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            throw ProblemException.invalid(field, blankCode);
        }
        set.accept(value.strip());
    }

    /** A text that may be emptied (a description). */
    public static void text(String value, Consumer<String> set) {
        if (value != null) {
            set.accept(value.strip());
        }
    }
}
