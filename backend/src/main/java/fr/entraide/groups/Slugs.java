package fr.entraide.groups;


import java.text.Normalizer;
import java.util.Locale;

public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    /** The message of the rule, in ValidationMessages_fr/_en. */
    public static final String RULE = "{entraide.slug.rule}";

    private Slugs() {
    }

    /** "GT Médiathèques tiers-lieux !" → "gt-mediatheques-tiers-lieux". */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-+$", "");
    }
}
