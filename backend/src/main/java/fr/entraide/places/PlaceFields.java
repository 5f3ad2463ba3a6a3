package fr.entraide.places;

import fr.entraide.common.error.ProblemException;
import fr.entraide.places.api.PlaceRequest;
import fr.entraide.places.api.ReferentRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a request's fields on a place, checked and normalised, and names the fields that changed (for the history).
 * An absent field (null) stays as it is; an empty text empties it. Used by the form and by the importer alike.
 */
public final class PlaceFields {

    private final Place place;
    private final List<String> changed = new ArrayList<>();

    public PlaceFields(Place place) {
        this.place = place;
    }

    public List<String> changed() {
        return changed;
    }

    public PlaceFields apply(PlaceRequest r) {
        if (r.name() != null) {
            if (r.name().isBlank()) {
                throw ProblemException.invalid("name", "place.name-required");
            }
            set("name", place.name, r.name().strip(), v -> place.name = v);
        }
        text("organisation", place.organisation, r.organisation(), v -> place.organisation = v);
        if (r.kind() != null) {
            set("kind", place.kind, r.kind(), v -> place.kind = v);
        }
        body("description", place.description, r.description(), v -> place.description = v);
        body("practices", place.practices, r.practices(), v -> place.practices = v);
        body("successes", place.successes, r.successes(), v -> place.successes = v);
        body("failures", place.failures, r.failures(), v -> place.failures = v);
        if (r.website() != null) {
            set("website", place.website, website(r.website(), true), v -> place.website = v);
        }
        text("address", place.address, r.address(), v -> place.address = v);
        if (r.postcode() != null) {
            postcode(r.postcode());
        }
        text("city", place.city, r.city(), v -> place.city = v);
        if (r.inseeCode() != null) {
            set("inseeCode", place.inseeCode, checked(r.inseeCode().strip().toUpperCase(Locale.ROOT), "\\d{5}|2[AB]\\d{3}", "inseeCode", "place.insee-invalid"), v -> place.inseeCode = v);
        }
        if (r.siret() != null) {
            set("siret", place.siret, checked(r.siret().replace(" ", ""), "\\d{14}", "siret", "place.siret-invalid"), v -> place.siret = v);
        }
        if (r.rna() != null) {
            set("rna", place.rna, checked(r.rna().strip().toUpperCase(Locale.ROOT), "W\\d{9}", "rna", "place.rna-invalid"), v -> place.rna = v);
        }
        if (place.postcode == null) {
            // without a postcode, the INSEE code still says where the place is
            Territory territory = Territory.ofInsee(place.inseeCode).orElse(null);
            place.department = territory == null ? null : territory.department();
            place.region = territory == null ? null : territory.region();
        }
        if (r.latitude() != null || r.longitude() != null) {
            if (r.latitude() == null || r.longitude() == null) {
                throw ProblemException.invalid(r.latitude() == null ? "latitude" : "longitude", "place.coordinates-pair");
            }
            set("latitude", place.latitude, r.latitude(), v -> place.latitude = v);
            set("longitude", place.longitude, r.longitude(), v -> place.longitude = v);
        }
        if (r.openingHours() != null) {
            String hours = r.openingHours().isBlank() ? null : r.openingHours().strip();
            if (hours != null && !OpeningHours.valid(hours)) {
                throw ProblemException.invalid("openingHours", "place.opening-hours-invalid");
            }
            set("openingHours", place.openingHours, hours, v -> place.openingHours = v);
        }
        if (r.themes() != null) {
            set("themes", place.themes, r.themes().stream().filter(Objects::nonNull).map(Enum::name).distinct().toList(), v -> place.themes = new ArrayList<>(v));
        }
        if (r.tags() != null) {
            LinkedHashSet<String> tags = new LinkedHashSet<>();
            r.tags().stream().filter(t -> t != null && !t.isBlank()).map(t -> t.strip().toLowerCase(Locale.ROOT)).forEach(tags::add);
            set("tags", place.tags, List.copyOf(tags), v -> place.tags = new ArrayList<>(v));
        }
        if (r.visitsWelcome() != null) {
            set("visitsWelcome", place.visitsWelcome, r.visitsWelcome(), v -> place.visitsWelcome = v);
        }
        if (r.testimonyWelcome() != null) {
            set("testimonyWelcome", place.testimonyWelcome, r.testimonyWelcome(), v -> place.testimonyWelcome = v);
        }
        if (r.referent() != null) {
            referent(r.referent());
        }
        return this;
    }

    private void referent(ReferentRequest referent) {
        text("referent.name", place.referentName, referent.name(), v -> place.referentName = v);
        text("referent.role", place.referentRole, referent.role(), v -> place.referentRole = v);
        // the history says that the contact changed, never what it is
        text("referent.email", place.referentEmail, referent.email() == null ? null : referent.email().toLowerCase(Locale.ROOT), v -> place.referentEmail = v);
        text("referent.phone", place.referentPhone, referent.phone(), v -> place.referentPhone = v);
    }

    private void postcode(String value) {
        String postcode = value.isBlank() ? null : value.strip();
        Territory territory = null;
        if (postcode != null) {
            territory = Territory.ofPostcode(postcode)
                    .orElseThrow(() -> ProblemException.invalid("postcode", "place.postcode-invalid"));
        }
        set("postcode", place.postcode, postcode, v -> place.postcode = v);
        place.department = territory == null ? null : territory.department();
        place.region = territory == null ? null : territory.region();
    }

    /** A website: http(s) with a host; {@code www.example.org} gets https:// (as files often write it). */
    public static String website(String value, boolean strict) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        if (!url.matches("(?i)^https?://.*")) {
            url = "https://" + url;
        }
        try {
            URI uri = URI.create(url);
            // an address with user info (nomade.lyon@laposte.fr in a file's web column) is an e-mail, not a website
            if (uri.getHost() == null || !uri.getHost().contains(".") || uri.getRawUserInfo() != null || url.contains("@")) {
                throw new IllegalArgumentException("no host");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            if (strict) {
                throw ProblemException.invalid("website", "place.website-invalid");
            }
            return null;
        }
    }

    private static String checked(String value, String pattern, String field, String code) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches(pattern)) {
            throw ProblemException.invalid(field, code);
        }
        return value;
    }

    private void text(String field, String current, String value, Consumer<String> setter) {
        if (value != null) {
            set(field, current, value.isBlank() ? null : value.strip(), setter);
        }
    }

    private void body(String field, String current, String value, Consumer<String> setter) {
        if (value != null) {
            set(field, current, value.strip(), setter);
        }
    }

    private <T> void set(String field, T current, T next, Consumer<T> setter) {
        if (!Objects.equals(current, next)) {
            setter.accept(next);
            changed.add(field);
        }
    }
}
