package fr.entraide.common.paging;

import fr.entraide.common.error.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/** Opaque keyset cursors: the sort key of the last row returned, base64url-encoded. */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... keys) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(keys[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the keys, or an empty list for no cursor; a 400 naming {@code cursor} when it cannot be read. */
    public static List<String> decode(String cursor, int expectedKeys) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys) {
                throw new IllegalArgumentException("wrong key count");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "request.invalid-cursor");
        }
    }

    public static long decodeId(String cursor) {
        List<String> keys = decode(cursor, 1);
        return keys.isEmpty() ? 0L : id(keys.get(0));
    }

    /** A key that is an instant, as written by {@link #encode} from an {@link Instant}. */
    public static Instant instant(String key) {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("cursor", "request.invalid-cursor");
        }
    }

    /** A key that is an id. */
    public static long id(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "request.invalid-cursor");
        }
    }
}
