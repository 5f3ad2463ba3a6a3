package fr.entraide.common.error;

import fr.entraide.common.i18n.MessageCatalog;

/** The texts of problems, keyed by their codes: messages/problems.properties (French) and problems_en.properties. */
public final class ProblemTexts {

    public static final String BASE_NAME = "messages/problems";
    private static final MessageCatalog TEXTS = MessageCatalog.load(BASE_NAME);

    private ProblemTexts() {
    }

    public static String text(String language, String code, Object... args) {
        return TEXTS.format(language, code, args);
    }

    public static String title(String language, ProblemType type) {
        return TEXTS.format(language, type.titleCode());
    }
}
