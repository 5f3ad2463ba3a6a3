package fr.entraide.forum;

import fr.entraide.common.error.ProblemException;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules about a post's text: its size and its @mentions. */
public final class Posts {

    /** 64 KiB of Markdown. */
    public static final int MAX_BODY = 65_536;
    public static final int MAX_MENTIONS = 10;

    /** An @username as written in a post: not inside an e-mail address or a path. */
    static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@/-])@([A-Za-z0-9._-]{3,30})");

    private Posts() {
    }

    /** The distinct usernames mentioned, as written (trailing punctuation dropped); a 400 past the cap. */
    public static Set<String> mentions(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String name = mentionedName(matcher.group(1));
            if (name.length() >= 3) {
                names.add(name.toLowerCase());
            }
        }
        if (names.size() > MAX_MENTIONS) {
            throw ProblemException.invalid("body", "post.too-many-mentions", MAX_MENTIONS);
        }
        return names;
    }

    /** The username of a mention as matched: trailing dots and hyphens are the sentence's, not the name's. */
    static String mentionedName(String matched) {
        return matched.replaceAll("[.\\-]+$", "");
    }

    /** The start of a post, for notifications and e-mails. */
    public static String excerpt(String body, int max) {
        String flat = body.strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }
}
