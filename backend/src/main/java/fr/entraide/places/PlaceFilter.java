package fr.entraide.places;

import fr.entraide.common.error.ProblemException;

/** The directory's filters, each optional. */
public record PlaceFilter(String q, String department, String region, PlaceKind kind, String theme,
                          Boolean visitsWelcome, Boolean testimonyWelcome) {

    public PlaceFilter {
        q = blankToNull(q);
        department = blankToNull(department);
        region = blankToNull(region);
        theme = blankToNull(theme);
        if (q != null && q.length() > 200) {
            throw ProblemException.invalid("q", "search.query-too-long", 200);
        }
        if (department != null && !Territory.knownDepartment(department.toUpperCase(java.util.Locale.ROOT))) {
            throw ProblemException.invalid("department", "place.department-unknown");
        }
        if (region != null && !Territory.knownRegion(region)) {
            throw ProblemException.invalid("region", "place.region-unknown");
        }
        department = department == null ? null : department.toUpperCase(java.util.Locale.ROOT);
        theme = theme == null ? null : theme.toLowerCase(java.util.Locale.ROOT);
    }

    public static final PlaceFilter NONE = new PlaceFilter(null, null, null, null, null, null, null);

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
