package fr.entraide.common.i18n;


import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Entraide speaks: French, the default, and English. */
public final class Languages {

    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(FRENCH, ENGLISH);

    private Languages() {
    }

    /** {@code en} stays English; anything else, null included, is French. */
    public static String orFrench(String language) {
        return ENGLISH.equals(language) ? ENGLISH : FRENCH;
    }

    /**
     * The supported language an {@code Accept-Language} header prefers ("en-GB,fr;q=0.5" → en), honouring its
     * weights; empty when it names none of ours or cannot be read.
     */
    public static Optional<String> preferredBy(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
