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
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class PlaceImportResourceTest {

    static final String CGET = "places/tiers-lieux-cget-2019.csv";

    @Inject
    Fixtures fixtures;

    static byte[] resource(String path) throws IOException {
        try (InputStream in = PlaceImportResourceTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    static RequestSpecification multipart(TestUser user, String fileName, byte[] content, String source) {
        RequestSpecification spec = Api.as(user).contentType("multipart/form-data").multiPart("file", fileName, content, "text/csv");
        return source == null ? spec : spec.multiPart("source", source);
    }

    static JsonPath importAndWait(TestUser user, String slug, String fileName, byte[] content, String source) {
        long id = multipart(user, fileName, content, source).post("/groups/{slug}/places/import", slug).then().statusCode(202)
                .header("Location", notNullValue())
                .extract().<Number>path("id").longValue();
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            JsonPath progress = Api.as(user).get("/imports/{id}", id).then().statusCode(200).extract().jsonPath();
            String status = progress.getString("status");
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                assertEquals("DONE", status);
                return progress;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("import still " + status + ": " + progress.prettify());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theRealCgetFile_importsEveryLocatedLine_reportsWhatItCouldNotUse_andAReimportChangesNothing() throws IOException {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        byte[] file = resource(CGET);

        Api.as(group.coordinator()).contentType("multipart/form-data").multiPart("file", "tiers-lieux-cget-2019.csv", file, "text/csv")
                .post("/groups/{slug}/places/import/preview", group.slug()).then().statusCode(200)
                .body("encoding", equalTo("UTF-8")).body("separator", equalTo(","))
                .body("total", equalTo(1512))
                .body("columns.find { it.name == 'NOM_TL' }.field", equalTo("name"))
                .body("columns.find { it.name == 'CP' }.field", equalTo("postcode"))
                .body("columns.find { it.name == 'MAIL' }.personal", equalTo(true))
                .body("columns.find { it.name == 'MAIL' }.field", equalTo(null))
                .body("sample[0].name", equalTo("ADE Coworking"));

        long started = System.nanoTime();
        JsonPath first = importAndWait(group.coordinator(), group.slug(), "tiers-lieux-cget-2019.csv", file, null);
        System.out.printf("CGET import of 1512 lines: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(1512, first.getInt("total"));
        assertEquals(1512, first.getInt("done"));
        assertEquals(1512, first.getInt("created") + first.getList("skipped").size(), first.prettify());
        assertEquals("tiers-lieux-cget-2019", first.getString("source"));
        // 133 lines write the postcode "0": imported without it (the INSEE code, or the coordinates, still locate them)
        List<Map<String, Object>> warnings = first.getList("warnings");
        assertEquals(133, warnings.stream().filter(w -> "import.bad-postcode".equals(w.get("code"))).count());
        assertTrue(warnings.stream().allMatch(w -> w.get("reason") != null && w.get("line") != null));

        Api.anonymous().queryParam("q", "ADE Coworking").get("/places").then().statusCode(200)
                .body("items.name", hasItem("ADE Coworking"));
        Api.anonymous().queryParam("department", "44").queryParam("theme", "COWORKING").get("/places").then().statusCode(200)
                .body("items.name", hasItem("ADE Coworking"));

        // contacts of the file are never published
        String geojson = Api.anonymous().get("/places.geojson").then().statusCode(200).extract().asString();
        String csv = Api.anonymous().get("/places.csv").then().statusCode(200).extract().asString();
        for (String mail : mails(file)) {
            assertFalse(geojson.contains(mail), mail);
            assertFalse(csv.contains(mail), mail);
        }

        JsonPath second = importAndWait(group.coordinator(), group.slug(), "tiers-lieux-cget-2019.csv", file, null);
        assertEquals(0, second.getInt("created"), second.prettify());
        assertEquals(0, second.getInt("updated"));
        assertEquals(first.getInt("created"), second.getInt("unchanged"));
    }

    @Test
    void aWindows1252SemicolonVariant_importsTheSame() throws IOException {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        List<String> lines = new String(resource(CGET), StandardCharsets.UTF_8).lines().limit(8).toList();
        String utf8 = String.join("\n", lines) + "\n";
        // the same rows as a French spreadsheet saves them: semicolons, decimal commas, Windows-1252
        String semicolons = lines.stream().map(PlaceImportResourceTest::toSemicolons).collect(Collectors.joining("\r\n")) + "\r\n";
        String source = Fixtures.unique("cget-extrait");

        JsonPath first = importAndWait(group.coordinator(), group.slug(), "extrait.csv", utf8.getBytes(StandardCharsets.UTF_8), source);
        assertEquals(7, first.getInt("created"), first.prettify());

        byte[] windows = semicolons.getBytes(Charset.forName("windows-1252"));
        Api.as(group.coordinator()).contentType("multipart/form-data").multiPart("file", "extrait-excel.csv", windows, "text/csv")
                .post("/groups/{slug}/places/import/preview", group.slug()).then().statusCode(200)
                .body("encoding", equalTo("windows-1252")).body("separator", equalTo(";"));
        JsonPath second = importAndWait(group.coordinator(), group.slug(), "extrait-excel.csv", windows, source);
        assertEquals(0, second.getInt("created"), second.prettify());
        assertEquals(0, second.getInt("updated"), second.prettify());
        assertEquals(7, second.getInt("unchanged"));
        Api.anonymous().queryParam("q", "Anticafé").queryParam("department", "75").get("/places").then().statusCode(200)
                .body("items.name", hasItem("Anticafé"));
    }

    @Test
    void brokenLines_areSkippedWithTheirReason_andOnlyCoordinatorsImport() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        String csv = """
                id;nom;cp;commune;lat;long;web;contact;mail
                a1;Lieu correct;35000;Rennes;48,11;-1,68;www.lieu.test;Jean Dupont;jean@lieu.test
                a2;;35000;Rennes;48,11;-1,68;;;
                a3;Nulle part;0;;;;;;
                a1;Lieu en double;35000;Rennes;48,11;-1,68;;;
                a4;Mauvaises coordonnées;44000;Nantes;200;-1,5;pas un site;;
                """;
        JsonPath report = importAndWait(group.coordinator(), group.slug(), "lieux.csv", csv.getBytes(StandardCharsets.UTF_8), Fixtures.unique("lot"));
        assertEquals(2, report.getInt("created"), report.prettify());
        assertEquals(List.of(3, 4, 5), report.getList("skipped.line"));
        assertEquals(List.of("import.no-name", "import.no-location", "import.duplicate-id"), report.getList("skipped.code"));
        assertTrue(report.getList("warnings.code").containsAll(List.of("import.bad-coordinates", "import.bad-website")), report.prettify());
        String open = Api.anonymous().get("/places.csv").then().extract().asString();
        assertFalse(open.contains("jean@lieu.test"));
        assertFalse(open.contains("Jean Dupont"));

        TestUser member = fixtures.verifiedUser();
        fixtures.addMember(member, group.slug());
        multipart(member, "lieux.csv", csv.getBytes(StandardCharsets.UTF_8), null).post("/groups/{slug}/places/import", group.slug())
                .then().statusCode(403);
        multipart(group.coordinator(), "vide.csv", "nom\n".getBytes(StandardCharsets.UTF_8), null).post("/groups/{slug}/places/import", group.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        Api.as(member).get("/imports/{id}", 999_999).then().statusCode(404);
    }

    static List<String> mails(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines().skip(1)
                .flatMap(line -> java.util.Arrays.stream(line.split(",")))
                .filter(cell -> cell.matches("[^@\\s\"]+@[^@\\s\"]+\\.[a-z]{2,}")).distinct().toList();
    }

    /** A CGET line with semicolons and decimal commas (the file has no quoted field in its first lines). */
    static String toSemicolons(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].matches("-?\\d+\\.\\d+")) {
                cells[i] = cells[i].replace('.', ',');
            }
        }
        return String.join(";", cells);
    }
}
