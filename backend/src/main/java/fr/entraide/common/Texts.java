package fr.entraide.common;

/** Rules about free text: what characters it may hold, and how it is cut or flattened to fit. */
public final class Texts {

    private Texts() {
    }

    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }

    /**
     * The one rule on control characters: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F) are refused, except TAB,
     * LF and CR in multi-line text (a Markdown body, a description).
     */
    public static boolean hasForbiddenControl(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line, whatever came in: every control character and line or paragraph separator becomes a space, runs
     * of them fold into one. For mail headers, where a line break would start a header of its own.
     */
    public static String singleLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean folding = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c == '\u2028' || c == '\u2029') {
                if (!folding) {
                    line.append(' ');
                    folding = true;
                }
            } else {
                line.append(c);
                folding = false;
            }
        }
        return line.toString().strip();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
