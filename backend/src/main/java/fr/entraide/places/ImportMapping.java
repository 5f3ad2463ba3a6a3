package fr.entraide.places;

import org.apache.commons.csv.CSVRecord;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a file holds which field of a place, found from the column names (the CGET list's, the médiation
 * numérique standard's, ours, and plain French or English words). Columns of personal data (contacts, e-mails,
 * phones) are recognised only to be left out.
 */
public final class ImportMapping {

    /** Field → the column names that mean it, lower-cased, without accents, spaces and dashes as underscores. */
    static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();
    static final Set<String> PERSONAL = Set.of("contact", "mail", "email", "e_mail", "courriel", "telephone", "tel",
            "phone", "portable", "referent", "responsable", "nom_contact", "contact_email", "contact_telephone");

    static {
        SYNONYMS.put("externalId", List.of("id", "identifiant", "id_lieu", "external_id"));
        SYNONYMS.put("name", List.of("nom_tl", "nom", "name", "nom_du_lieu", "lieu"));
        SYNONYMS.put("kind", List.of("type_lieu", "typo", "typologie", "type", "kind"));
        SYNONYMS.put("organisation", List.of("structure", "organisation", "structure_porteuse", "porteur"));
        SYNONYMS.put("address", List.of("adresse", "address", "rue"));
        SYNONYMS.put("postcode", List.of("cp", "code_postal", "postcode", "postal_code"));
        SYNONYMS.put("city", List.of("nomcom", "commune", "ville", "city"));
        SYNONYMS.put("inseeCode", List.of("inseecom", "code_insee", "insee", "insee_code"));
        SYNONYMS.put("siret", List.of("siret", "pivot"));
        SYNONYMS.put("website", List.of("web", "site_web", "site", "website", "url"));
        SYNONYMS.put("latitude", List.of("lat", "latitude", "y"));
        SYNONYMS.put("longitude", List.of("long", "lng", "lon", "longitude", "x"));
        SYNONYMS.put("description", List.of("description", "presentation_resume", "presentation"));
        SYNONYMS.put("openingHours", List.of("horaires", "opening_hours"));
    }

    /** Field → column index. */
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String> personal = new ArrayList<>();

    public ImportMapping(List<String> headers) {
        for (Map.Entry<String, List<String>> field : SYNONYMS.entrySet()) {
            for (String synonym : field.getValue()) {
                int index = indexOf(headers, synonym);
                if (index >= 0 && !columns.containsValue(index)) {
                    columns.put(field.getKey(), index);
                    break;
                }
            }
        }
        headers.stream().filter(h -> PERSONAL.contains(normal(h))).forEach(personal::add);
    }

    /** The column that holds a field, or -1. */
    public int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    public Map<String, Integer> columns() {
        return columns;
    }

    /** Columns recognised as personal data, never read. */
    public List<String> personal() {
        return personal;
    }

    public String value(CSVRecord record, String field) {
        int index = column(field);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int indexOf(List<String> headers, String synonym) {
        for (int i = 0; i < headers.size(); i++) {
            if (normal(headers.get(i)).equals(synonym)) {
                return i;
            }
        }
        return -1;
    }

    static String normal(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
