package fr.entraide.places;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.entraide.common.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory as open data, under Licence Ouverte 2.0, without any personal data: nothing about the referent, nor
 * who wrote a sheet. GeoJSON (RFC 7946), CSV with the columns of the "lieux de médiation numérique" standard where
 * they mean the same, and the JSON GoGoCarto reads.
 */
@ApplicationScoped
public class OpenData {

    public static final String LICENCE = "Licence Ouverte / Open Licence 2.0";
    public static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    public static final String ATTRIBUTION = "Entraide, annuaire des lieux (contributeurs d'Entraide et sources citées par lieu)";

    /** Standard columns first (médiation numérique), then ours. */
    static final List<String> CSV_COLUMNS = List.of("id", "pivot", "nom", "commune", "code_postal", "code_insee",
            "adresse", "latitude", "longitude", "typologie", "presentation_resume", "site_web", "horaires", "date_maj",
            "source", "type_lieu", "structure", "rna", "departement", "region", "thematiques", "etiquettes",
            "accueille_visites", "peut_temoigner", "pratiques", "reussites", "difficultes", "url_fiche");

    @Inject
    ObjectMapper json;

    @Inject
    AppConfig config;

    public String geojson(List<Place> places) {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("licence", LICENCE);
        collection.put("licenceUrl", LICENCE_URL);
        collection.put("attribution", ATTRIBUTION);
        ArrayNode features = collection.putArray("features");
        for (Place p : located(places)) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", p.id);
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            // RFC 7946: longitude first
            geometry.putArray("coordinates").add(p.longitude).add(p.latitude);
            ObjectNode properties = feature.putObject("properties");
            properties.put("name", p.name);
            properties.put("kind", p.kind.name());
            properties.put("organisation", p.organisation);
            properties.put("address", p.address);
            properties.put("postcode", p.postcode);
            properties.put("city", p.city);
            properties.put("inseeCode", p.inseeCode);
            properties.put("department", p.department);
            properties.put("region", p.region);
            properties.put("website", p.website);
            properties.put("openingHours", p.openingHours);
            properties.put("visitsWelcome", p.visitsWelcome);
            properties.put("testimonyWelcome", p.testimonyWelcome);
            properties.set("themes", json.valueToTree(p.themes));
            properties.set("tags", json.valueToTree(p.tags));
            properties.put("source", p.source);
            properties.put("updatedAt", p.updatedAt.toString());
            properties.put("url", sheetUrl(p));
        }
        return write(collection);
    }

    public String csv(List<Place> places) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (Place p : places) {
                List<Object> row = new ArrayList<>();
                row.add(p.id);
                row.add(p.siret);
                row.add(p.name);
                row.add(p.city);
                row.add(p.postcode);
                row.add(p.inseeCode);
                row.add(p.address);
                row.add(p.latitude);
                row.add(p.longitude);
                row.add(typologie(p.kind));
                row.add(summary(p.description));
                row.add(p.website);
                row.add(p.openingHours);
                row.add(p.updatedAt.toString().substring(0, 10));
                row.add(p.source == null ? "Entraide" : p.source);
                row.add(p.kind.name());
                row.add(p.organisation);
                row.add(p.rna);
                row.add(p.department);
                row.add(p.region);
                row.add(String.join("|", p.themes));
                row.add(String.join("|", p.tags));
                row.add(p.visitsWelcome);
                row.add(p.testimonyWelcome);
                row.add(p.practices);
                row.add(p.successes);
                row.add(p.failures);
                row.add(sheetUrl(p));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** GoGoCarto's JSON: {@code {licence, ontology, data: [{id, name, geo, address, categories, ...}]}}. */
    public String gogocarto(List<Place> places) {
        ObjectNode root = json.createObjectNode();
        root.put("licence", LICENCE_URL);
        root.put("attribution", ATTRIBUTION);
        root.put("ontology", "gogofull");
        ArrayNode data = root.putArray("data");
        for (Place p : located(places)) {
            ObjectNode element = data.addObject();
            element.put("id", String.valueOf(p.id));
            element.put("name", p.name);
            ObjectNode geo = element.putObject("geo");
            geo.put("latitude", p.latitude);
            geo.put("longitude", p.longitude);
            ObjectNode address = element.putObject("address");
            address.put("streetAddress", p.address);
            address.put("postalCode", p.postcode);
            address.put("addressLocality", p.city);
            address.put("addressCountry", "FR");
            ArrayNode categories = element.putArray("categories");
            categories.add(p.kind.name());
            p.themes.forEach(categories::add);
            element.put("description", summary(p.description));
            element.put("website", p.website);
            element.put("openHours", p.openingHours);
            element.put("visitsWelcome", p.visitsWelcome);
            element.put("testimonyWelcome", p.testimonyWelcome);
            element.put("updatedAt", p.updatedAt.toString());
            element.put("sourceKey", p.source == null ? "Entraide" : p.source);
            element.put("url", sheetUrl(p));
        }
        return write(root);
    }

    /** The "typologie" codes of the médiation numérique standard, where one means the same. */
    static String typologie(PlaceKind kind) {
        return switch (kind) {
            case MEDIATHEQUE_TIERS_LIEU -> "BIB;TIERS_LIEUX";
            case MEDIATHEQUE -> "BIB";
            case TIERS_LIEU -> "TIERS_LIEUX";
            case COLLECTIVITE -> "MUNI";
            case RESEAU, AUTRE -> "";
        };
    }

    private String sheetUrl(Place p) {
        return config.publicUrl() + "/places/" + p.id;
    }

    private static String summary(String description) {
        String flat = description == null ? "" : description.replaceAll("\\s+", " ").strip();
        return flat.length() <= 280 ? flat : flat.substring(0, 279) + "…";
    }

    private static List<Place> located(List<Place> places) {
        return places.stream().filter(p -> p.latitude != null && p.longitude != null).toList();
    }

    private String write(Object tree) {
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
