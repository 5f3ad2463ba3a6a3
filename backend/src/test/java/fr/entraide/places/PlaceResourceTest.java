package fr.entraide.places;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class PlaceResourceTest {
    private static final Pattern E_MAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);


    static final String SECRET_EMAIL = "referente.secrete@mediatheque.test";
    static final String SECRET_PHONE = "06 12 34 56 78";

    @Inject
    Fixtures fixtures;

    static Map<String, Object> place(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MEDIATHEQUE_TIERS_LIEU");
        body.put("organisation", "Communauté de communes du Val");
        body.put("description", "Une médiathèque qui accueille un fablab et des permanences numériques.");
        body.put("practices", "Ateliers de réparation, grainothèque");
        body.put("address", "1 place de la Mairie");
        body.put("postcode", "20000");
        body.put("city", "Ajaccio");
        body.put("inseeCode", "2A004");
        body.put("latitude", 41.9192);
        body.put("longitude", 8.7386);
        body.put("openingHours", "Tu-Sa 10:00-12:30,14:00-18:00; Su off");
        body.put("themes", List.of("FABLAB", "INCLUSION_NUMERIQUE"));
        body.put("tags", List.of("Grainothèque"));
        body.put("visitsWelcome", true);
        body.put("testimonyWelcome", false);
        body.put("website", "www.mediatheque-val.test");
        body.put("referent", Map.of("name", "Claire Dupont", "role", "Directrice", "email", SECRET_EMAIL, "phone", SECRET_PHONE));
        return body;
    }

    static long create(TestUser author, Map<String, Object> body) {
        return Api.as(author).body(body).post("/places").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    @Test
    void aVerifiedMemberAddsAPlace_departmentAndRegionComeFromThePostcode_andNoContactIsEverShown() {
        TestUser author = fixtures.verifiedUser();
        long id = Api.as(author).body(place("Médiathèque du Val")).post("/places").then().statusCode(201)
                .body("name", equalTo("Médiathèque du Val"))
                .body("department", equalTo("2A"))
                .body("region", equalTo("94"))
                .body("regionName", equalTo("Corse"))
                .body("website", equalTo("https://www.mediatheque-val.test"))
                .body("themes", equalTo(List.of("FABLAB", "INCLUSION_NUMERIQUE")))
                .body("tags", equalTo(List.of("grainothèque")))
                .body("referent.name", equalTo("Claire Dupont"))
                .body("referent.role", equalTo("Directrice"))
                .body("hasReferent", equalTo(true))
                .body("can.edit", equalTo(true))
                .extract().<Number>path("id").longValue();

        String anonymous = Api.anonymous().get("/places/{id}", id).then().statusCode(200)
                .body("referent", nullValue())
                .body("can.edit", equalTo(false))
                .extract().asString();
        String signedIn = Api.as(fixtures.verifiedUser()).get("/places/{id}", id).then().statusCode(200)
                .body("referent.name", equalTo("Claire Dupont"))
                .body("can.edit", equalTo(false))
                .body("can.requestVisit", equalTo(true))
                .body("can.requestTestimony", equalTo(false))
                .extract().asString();
        for (String body : List.of(anonymous, signedIn)) {
            assertFalse(body.contains(SECRET_EMAIL), body);
            assertFalse(body.contains("06 12"), body);
        }
    }

    @Test
    void corsicaAndOverseasPostcodes_giveTheirDepartments() {
        TestUser author = fixtures.verifiedUser();
        Map<String, String> expected = Map.of("20200", "2B", "97400", "974", "97600", "976", "97133", "971", "01000", "01");
        expected.forEach((postcode, department) -> {
            Map<String, Object> body = place("Lieu " + postcode);
            body.put("postcode", postcode);
            Api.as(author).body(body).post("/places").then().statusCode(201).body("department", equalTo(department));
        });
    }

    @Test
    void badInput_isA400NamingTheField_andNothingIsWritten() {
        TestUser author = fixtures.verifiedUser();
        String name = Fixtures.unique("Invalide");
        Map<String, Object> latitude = place(name);
        latitude.put("latitude", 200);
        invalid(author, latitude, "latitude");
        Map<String, Object> longitude = place(name);
        longitude.put("longitude", -181);
        invalid(author, longitude, "longitude");
        Map<String, Object> kind = place(name);
        kind.put("kind", "CHATEAU");
        invalid(author, kind, "kind");
        Map<String, Object> postcode = place(name);
        postcode.put("postcode", "00100");
        invalid(author, postcode, "postcode").body("code", equalTo("place.postcode-invalid"));
        Map<String, Object> hours = place(name);
        hours.put("openingHours", "du lundi au vendredi");
        invalid(author, hours, "openingHours").body("code", equalTo("place.opening-hours-invalid"));
        Map<String, Object> siret = place(name);
        siret.put("siret", "123");
        invalid(author, siret, "siret");
        Map<String, Object> email = place(name);
        email.put("referent", Map.of("email", "pas-une-adresse"));
        invalid(author, email, "referent.email");
        Map<String, Object> noName = place("  ");
        invalid(author, noName, "name");

        Api.anonymous().queryParam("q", name).get("/places").then().statusCode(200).body("items", hasSize(0));
    }

    ValidatableResponse invalid(TestUser author, Map<String, Object> body, String field) {
        return Api.as(author).body(body).post("/places").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void unverifiedAccounts_andVisitors_cannotAddPlaces() {
        Api.anonymous().body(place("Anonyme")).post("/places").then().statusCode(401);
        Api.as(fixtures.unverifiedUser()).body(place("Non vérifié")).post("/places").then().statusCode(403);
    }

    @Test
    void theList_filtersByTextDepartmentRegionKindThemeAndWelcome_andPages() {
        TestUser author = fixtures.verifiedUser();
        String word = Fixtures.unique("grainotheque").replaceAll("[^a-z]", "");
        Map<String, Object> a = place("Alpha " + word);
        a.put("description", "Nos bibliothécaires animent la " + word + " du quartier.");
        a.put("postcode", "44000");
        a.put("tags", List.of(word));
        long alpha = create(author, a);
        Map<String, Object> b = place("Beta " + word);
        b.put("description", "Un tiers-lieu " + word);
        b.put("kind", "TIERS_LIEU");
        b.put("postcode", "97400");
        b.put("visitsWelcome", false);
        b.put("testimonyWelcome", true);
        b.put("themes", List.of("CULTURE"));
        b.put("tags", List.of(word));
        long beta = create(author, b);

        // French full-text search: "bibliothecaire" (no accent, singular) finds "bibliothécaires"
        Api.anonymous().queryParam("q", word + " bibliothecaire").get("/places").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) alpha)));
        Api.anonymous().queryParam("theme", word).queryParam("department", "974").get("/places").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) beta)))
                .body("items[0].regionName", equalTo("La Réunion"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("referent")));
        Api.anonymous().queryParam("theme", word).queryParam("region", "52").get("/places").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) alpha)));
        Api.anonymous().queryParam("theme", word).queryParam("kind", "TIERS_LIEU").get("/places").then()
                .body("items.id", equalTo(List.of((int) beta)));
        Api.anonymous().queryParam("theme", word).queryParam("visitsWelcome", "true").get("/places").then()
                .body("items.id", equalTo(List.of((int) alpha)));
        Api.anonymous().queryParam("theme", word).queryParam("testimonyWelcome", "true").get("/places").then()
                .body("items.id", equalTo(List.of((int) beta)));
        Api.anonymous().queryParam("theme", "culture").queryParam("q", word).get("/places").then()
                .body("items.id", equalTo(List.of((int) beta)));

        String cursor = Api.anonymous().queryParam("theme", word).queryParam("limit", 1).get("/places").then()
                .body("items.id", equalTo(List.of((int) alpha))).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Api.anonymous().queryParam("theme", word).queryParam("limit", 1).queryParam("cursor", cursor).get("/places").then()
                .body("items.id", equalTo(List.of((int) beta))).body("nextCursor", nullValue());

        Api.anonymous().queryParam("kind", "CHATEAU").get("/places").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.anonymous().queryParam("department", "99").get("/places").then().statusCode(400).body("errors[0].field", equalTo("department"));
        Api.anonymous().queryParam("visitsWelcome", "peut-etre").get("/places").then().statusCode(400).body("errors[0].field", equalTo("visitsWelcome"));
    }

    @Test
    void theAuthorEdits_othersMayNot_aStaleVersionIs409_andTheHistorySaysWhoChangedWhat() {
        TestUser author = fixtures.verifiedUser();
        long id = create(author, place("Médiathèque à modifier"));
        Api.as(fixtures.verifiedUser()).body(Map.of("name", "Piratée", "version", 0)).patch("/places/{id}", id).then().statusCode(403);
        Api.as(author).body(Map.of("name", "Médiathèque modifiée", "openingHours", "Mo-Fr 09:00-18:00", "version", 0))
                .patch("/places/{id}", id).then().statusCode(200)
                .body("name", equalTo("Médiathèque modifiée")).body("version", equalTo(1))
                .body("openingHours", equalTo("Mo-Fr 09:00-18:00"));
        Api.as(author).body(Map.of("name", "Encore", "version", 0)).patch("/places/{id}", id).then().statusCode(409);
        Api.as(author).body(Map.of("referent", Map.of("phone", "01 02 03 04 05"), "version", 1)).patch("/places/{id}", id).then().statusCode(200);

        String history = Api.as(fixtures.verifiedUser()).get("/places/{id}/history", id).then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].fields", equalTo(List.of("referent.phone")))
                .body("items[1].fields", equalTo(List.of("name", "openingHours")))
                .body("items[2].action", equalTo("CREATED"))
                .body("items.author.id", everyItem(equalTo((int) author.id())))
                .extract().asString();
        assertFalse(history.contains("01 02 03"), history);
        Api.anonymous().get("/places/{id}/history", id).then().statusCode(401);
    }

    @Test
    void theCoordinatorsOfItsGroup_andAdmins_editAPlace_aMemberMayNot() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser author = fixtures.verifiedUser();
        fixtures.addMember(author, group.slug());
        TestUser member = fixtures.verifiedUser();
        fixtures.addMember(member, group.slug());
        Map<String, Object> body = place("Lieu du groupe");
        body.put("group", group.slug());
        long id = Api.as(author).body(body).post("/places").then().statusCode(201)
                .body("group.slug", equalTo(group.slug())).extract().<Number>path("id").longValue();
        Api.as(member).get("/places/{id}", id).then().body("can.edit", equalTo(false));
        Api.as(member).body(Map.of("name", "Non", "version", 0)).patch("/places/{id}", id).then().statusCode(403);
        Api.as(group.coordinator()).get("/places/{id}", id).then().body("can.edit", equalTo(true));
        Api.as(group.coordinator()).body(Map.of("name", "Revu par la soucieuse", "version", 0)).patch("/places/{id}", id).then().statusCode(200);
        Api.as(fixtures.admin()).delete("/places/{id}", id).then().statusCode(204);
        Api.anonymous().get("/places/{id}", id).then().statusCode(404);
    }

    @Test
    void openData_geojsonCsvAndGogocarto_carryNoPersonalData_andAnswer304WhenUnchanged() {
        TestUser author = fixtures.verifiedUser();
        long id = create(author, place("Médiathèque ouverte"));

        String geojson = Api.anonymous().accept("application/geo+json").get("/places.geojson").then().statusCode(200)
                .contentType(containsString("application/geo+json"))
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .header("Link", containsString("licence-ouverte"))
                .body("type", equalTo("FeatureCollection"))
                .body("licence", containsString("Licence Ouverte"))
                .body("features.find { it.id == " + id + " }.geometry.coordinates", equalTo(List.of(8.7386f, 41.9192f)))
                .body("features.find { it.id == " + id + " }.properties.department", equalTo("2A"))
                .extract().asString();
        String csv = Api.anonymous().accept("text/csv").get("/places.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,typologie,"), csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains(id + ",,Médiathèque ouverte,Ajaccio,20000,2A004,1 place de la Mairie,41.9192,8.7386,BIB;TIERS_LIEUX,"), csv);
        String gogocarto = Api.anonymous().get("/places.gogocarto.json").then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }.geo.latitude", equalTo(41.9192f))
                .body("data.find { it.id == '" + id + "' }.address.postalCode", equalTo("20000"))
                .extract().asString();
        for (String export : List.of(geojson, csv, gogocarto)) {
            assertFalse(export.contains(SECRET_EMAIL), "no e-mail");
            assertFalse(export.contains(SECRET_PHONE), "no phone");
            assertFalse(export.contains("Claire Dupont"), "no referent's name");
            assertFalse(export.contains(author.email()), "no author's e-mail");
            // names may hold an "@" (the CGET list has "BUROL@B"), addresses may not
            assertFalse(E_MAIL.matcher(export).find(), "no e-mail at all");
        }

        String etag = Api.anonymous().get("/places.geojson").then().extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get("/places.geojson").then().statusCode(304).header("ETag", equalTo(etag));
        String csvTag = Api.anonymous().get("/places.csv").then().extract().header("ETag");
        Api.anonymous().header("If-None-Match", csvTag).get("/places.csv").then().statusCode(304);
        Api.as(author).body(Map.of("city", "Ajaccio (Corse)", "version", 0)).patch("/places/{id}", id).then().statusCode(200);
        Api.anonymous().header("If-None-Match", etag).get("/places.geojson").then().statusCode(200);
    }

    @Test
    void mapSettings_defaultToOpenStreetMap() {
        Api.anonymous().get("/places/map-settings").then().statusCode(200)
                .body("tileUrl", containsString("tile.openstreetmap.org"))
                .body("tileAttribution", containsString("OpenStreetMap"))
                .body("geocoding", equalTo(false));
    }
}
