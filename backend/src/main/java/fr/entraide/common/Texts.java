package fr.entraide.common;

/** Text that must fit a column: cut with an ellipsis rather than refused after the fact. */
public final class Texts {

    private Texts() {
    }

    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }
}
