package fr.entraide.boards;

/**
 * Keys that order cards without renumbering: the key of a card put between two others is a new string strictly
 * between theirs (byte order, the database's {@code collate "C"}), so a move writes one row. Base 62 digits
 * ({@code 0-9A-Za-z}, in ASCII order); a key never ends with the smallest digit, so there is always room before it.
 * The midpoint algorithm of David Greenspan's "Implementing Fractional Indexing" (the fractional-indexing library),
 * without its integer part: keys grow by about one character per six insertions at the same place.
 */
public final class FractionalKeys {

    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final char SMALLEST = DIGITS.charAt(0);

    private FractionalKeys() {
    }

    /**
     * A key strictly between {@code before} and {@code after}; {@code null} for "no neighbour on that side".
     *
     * @throws IllegalArgumentException when before is not smaller than after, or a key is malformed
     */
    public static String between(String before, String after) {
        String a = before == null ? "" : before;
        check(a);
        if (after != null) {
            check(after);
            if (after.isEmpty() || a.compareTo(after) >= 0) {
                throw new IllegalArgumentException(a + " is not before " + after);
            }
        }
        return midpoint(a, after);
    }

    /** A key between {@code a} ("" for the start) and {@code b} (null for the end), a &lt; b. */
    private static String midpoint(String a, String b) {
        if (b != null) {
            // the common prefix (a padded with the smallest digit) is kept as it is
            int n = 0;
            while (n < b.length() && (n < a.length() ? a.charAt(n) : SMALLEST) == b.charAt(n)) {
                n++;
            }
            if (n > 0) {
                return b.substring(0, n) + midpoint(n < a.length() ? a.substring(n) : "", b.substring(n));
            }
        }
        int digitA = a.isEmpty() ? 0 : DIGITS.indexOf(a.charAt(0));
        int digitB = b == null ? DIGITS.length() : DIGITS.indexOf(b.charAt(0));
        if (digitB - digitA > 1) {
            return String.valueOf(DIGITS.charAt((digitA + digitB + 1) / 2));
        }
        // neighbouring digits: the first digit of b alone when b is longer, else a's first digit and beyond a's rest
        if (b != null && b.length() > 1) {
            return b.substring(0, 1);
        }
        return DIGITS.charAt(digitA) + midpoint(a.isEmpty() ? "" : a.substring(1), null);
    }

    private static void check(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (DIGITS.indexOf(key.charAt(i)) < 0) {
                throw new IllegalArgumentException("Not a key: " + key);
            }
        }
        if (!key.isEmpty() && key.charAt(key.length() - 1) == SMALLEST) {
            throw new IllegalArgumentException("A key never ends with " + SMALLEST + ": " + key);
        }
    }
}
