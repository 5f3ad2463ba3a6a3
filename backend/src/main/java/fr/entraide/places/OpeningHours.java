package fr.entraide.places;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a value in the OpenStreetMap {@code opening_hours} syntax, in the subset people write for a library or a
 * third place: rules separated by {@code ;} or {@code ||}, each made of (in this order) years, months and dates, weeks,
 * weekdays (ranges, {@code PH}, {@code SH}, {@code Mo[1]}), times ({@code 09:00-12:00,14:00-18:00}, {@code 18:00+}),
 * a state ({@code open}, {@code closed}, {@code off}, {@code unknown}) and a comment in double quotes; or {@code 24/7}.
 * Sun-based times and holidays of given countries are not accepted.
 */
public final class OpeningHours {

    private static final String DAY = "(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:\\[-?[1-5](?:,-?[1-5])*\\])?";
    private static final String DAY_RANGE = "(?:" + DAY + "(?:-" + DAY + ")?|PH|SH)";
    private static final String TIME = "(?:[01]?\\d|2[0-4]):[0-5]\\d";
    private static final String SPAN = "(?:" + TIME + "(?:-" + TIME + ")?\\+?)";
    private static final String MONTH_DAY = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:0?[1-9]|[12]\\d|3[01])?";
    private static final String MONTH_RANGE = "(?:" + MONTH_DAY + "(?:-" + MONTH_DAY + ")?)";
    private static final String YEAR = "(?:(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d)?(?:,(?:19|20)\\d\\d)*)";

    /** Selectors in the order a rule must write them. */
    private static final List<Pattern> SELECTORS = List.of(
            Pattern.compile(YEAR),
            Pattern.compile(MONTH_RANGE + "(?:," + MONTH_RANGE + ")*"),
            Pattern.compile("week\\d{1,2}(?:-\\d{1,2})?(?:/\\d{1,2})?(?:,\\d{1,2}(?:-\\d{1,2})?)*"),
            Pattern.compile(DAY_RANGE + "(?:," + DAY_RANGE + ")*:?"),
            Pattern.compile("24/7|" + SPAN + "(?:," + SPAN + ")*"),
            Pattern.compile("open|closed|off|unknown"));
    private static final Pattern COMMENT = Pattern.compile("\\s*\"[^\"]*\"\\s*$");
    private static final Pattern MONTH_THEN_DAY = Pattern.compile("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{1,2})\\b");

    private OpeningHours() {
    }

    public static boolean valid(String value) {
        if (value == null || value.isBlank() || value.length() > 500) {
            return false;
        }
        for (String rule : value.split(";|\\|\\|")) {
            if (!validRule(rule)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validRule(String rule) {
        Matcher comment = COMMENT.matcher(rule);
        boolean commented = comment.find();
        String selectors = commented ? rule.substring(0, comment.start()) : rule;
        selectors = MONTH_THEN_DAY.matcher(selectors.strip().replaceAll("\\s*,\\s*", ",").replaceAll("\\s*-\\s*", "-")
                .replace("week ", "week")).replaceAll("$1$2");
        if (selectors.isEmpty()) {
            return commented;
        }
        int next = 0;
        for (String token : selectors.split("\\s+")) {
            int found = -1;
            for (int i = next; i < SELECTORS.size() && found < 0; i++) {
                if (SELECTORS.get(i).matcher(token).matches()) {
                    found = i;
                }
            }
            if (found < 0) {
                return false;
            }
            next = found + 1;
        }
        return true;
    }
}
