package fr.entraide.places;

import fr.entraide.places.api.PlaceRequest;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a line of an imported file into a place's fields, taking the data as it is: what cannot be used is left out
 * and reported (a postcode "0", a bad website, coordinates out of range); a line without a name, or that cannot be
 * located at all, is skipped. Contacts are never read.
 */
public final class ImportRows {

    /** What a line says, or why it was skipped; {@code warnings} name what was left out. */
    public record Row(int line, String externalId, PlaceRequest request, String skipCode, String skipDetail, List<Issue> warnings) {

        boolean skipped() {
            return skipCode != null;
        }
    }

    public record Issue(String code, String detail) {
    }

    private ImportRows() {
    }

    /** @param line the line's number in the file, the header being line 1 */
    public static Row read(CSVRecord record, ImportMapping mapping, int line) {
        List<Issue> warnings = new ArrayList<>();
        String name = mapping.value(record, "name");
        if (name == null) {
            return new Row(line, null, null, "import.no-name", null, warnings);
        }
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String externalId = mapping.value(record, "externalId");
        String postcode = postcode(mapping.value(record, "postcode"), warnings);
        String insee = insee(mapping.value(record, "inseeCode"), warnings);
        Double latitude = number(mapping.value(record, "latitude"));
        Double longitude = number(mapping.value(record, "longitude"));
        if (latitude != null && longitude != null && (latitude == 0 && longitude == 0 || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            warnings.add(new Issue("import.bad-coordinates", mapping.value(record, "latitude") + ", " + mapping.value(record, "longitude")));
            latitude = null;
            longitude = null;
        } else if (latitude == null || longitude == null) {
            if (mapping.value(record, "latitude") != null || mapping.value(record, "longitude") != null) {
                warnings.add(new Issue("import.bad-coordinates", mapping.value(record, "latitude") + ", " + mapping.value(record, "longitude")));
            }
            latitude = null;
            longitude = null;
        }
        if (postcode == null && insee == null && latitude == null) {
            return new Row(line, externalId, null, "import.no-location", null, warnings);
        }
        String rawWebsite = mapping.value(record, "website");
        String website = PlaceFields.website(rawWebsite, false);
        if (rawWebsite != null && website == null) {
            warnings.add(new Issue("import.bad-website", rawWebsite));
        }
        String hours = mapping.value(record, "openingHours");
        if (hours != null && !OpeningHours.valid(hours)) {
            warnings.add(new Issue("import.bad-opening-hours", hours));
            hours = null;
        }
        String siret = mapping.value(record, "siret");
        if (siret != null && !siret.replace(" ", "").matches("\\d{14}")) {
            siret = null;
        }
        String typology = mapping.value(record, "kind");
        PlaceRequest request = new PlaceRequest(name, column(mapping, record, "organisation", 200),
                mapping.column("kind") < 0 ? null : kind(typology), column(mapping, record, "description", 8000),
                null, null, null, mapping.column("website") < 0 ? null : website == null ? "" : website,
                column(mapping, record, "address", 300), mapping.column("postcode") < 0 ? null : postcode == null ? "" : postcode,
                column(mapping, record, "city", 150), mapping.column("inseeCode") < 0 ? null : insee == null ? "" : insee,
                mapping.column("siret") < 0 ? null : siret == null ? "" : siret.replace(" ", ""), null,
                latitude, longitude, mapping.column("openingHours") < 0 ? null : hours == null ? "" : hours,
                mapping.column("kind") < 0 ? null : themes(typology), null, null, null, null, null, null);
        String key = externalId == null ? name.toLowerCase(Locale.ROOT) + "|" + (postcode == null ? "" : postcode) : externalId;
        return new Row(line, key.length() <= 100 ? key : key.substring(0, 100),
                request, null, null, warnings);
    }

    /** "44300"; "1000" (a spreadsheet ate the zero) is 01000; "0" or anything else is left out and reported. */
    static String postcode(String value, List<Issue> warnings) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "");
        if (digits.matches("\\d{4}")) {
            digits = "0" + digits;
        }
        if (Territory.ofPostcode(digits).isPresent()) {
            return digits;
        }
        warnings.add(new Issue("import.bad-postcode", value));
        return null;
    }

    static String insee(String value, List<Issue> warnings) {
        if (value == null || "0".equals(value)) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (code.matches("\\d{4}")) {
            code = "0" + code;
        }
        if (Territory.ofInsee(code).isPresent()) {
            return code;
        }
        warnings.add(new Issue("import.bad-insee", value));
        return null;
    }

    /** Decimal point or comma (French spreadsheets). */
    static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static PlaceKind kind(String typology) {
        if (typology == null) {
            return PlaceKind.TIERS_LIEU;
        }
        for (PlaceKind kind : PlaceKind.values()) {
            if (kind.name().equalsIgnoreCase(typology)) {
                return kind;
            }
        }
        String text = ImportMapping.normal(typology);
        boolean library = text.contains("mediatheque") || text.contains("bibliotheque") || text.contains("bib");
        boolean third = text.contains("tiers") || text.contains("coworking") || text.contains("fablab");
        return library && third ? PlaceKind.MEDIATHEQUE_TIERS_LIEU : library ? PlaceKind.MEDIATHEQUE : PlaceKind.TIERS_LIEU;
    }

    static List<PlaceTheme> themes(String typology) {
        if (typology == null) {
            return List.of();
        }
        String text = ImportMapping.normal(typology);
        List<PlaceTheme> themes = new ArrayList<>();
        if (text.contains("coworking")) {
            themes.add(PlaceTheme.COWORKING);
        }
        if (text.contains("fablab")) {
            themes.add(PlaceTheme.FABLAB);
        }
        return themes;
    }

    /** The column's text, cut to the field's size; "" when the column is there but empty; null when it is not there. */
    private static String column(ImportMapping mapping, CSVRecord record, String field, int max) {
        if (mapping.column(field) < 0) {
            return null;
        }
        String value = mapping.value(record, field);
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
