package fr.entraide.library;

import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.GroupWithMember;
import fr.entraide.support.TestUser;
import fr.entraide.support.Uploads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class LibraryResourceTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    GroupWithMember setup(Visibility visibility) {
        return fixtures.groupWithMember(visibility);
    }

    static Map<String, Object> entry(String title, String kind, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "kind", kind, "licence", "CC_BY_SA"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    long add(GroupWithMember s, Map<String, Object> body) {
        return Api.as(s.member()).body(body).post("/groups/{slug}/library", s.slug())
                .then().statusCode(201).extract().<Number>path("id").longValue();
    }

    @Test
    void aMember_addsAnEntryWithAFile_andItHasItsDiscussionThread() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        long fileId = Uploads.upload(s.member(), s.slug(), "guide.pdf", PDF);
        long id = Api.as(s.member()).body(entry("Guide des tiers-lieux", "TOOLKIT", "authors", List.of("Camille Martin", "Collectif Entraide"),
                        "year", 2024, "fileId", fileId, "themes", List.of("médiation", "numérique"), "openAccess", true,
                        "summary", "Comment ouvrir une médiathèque tiers-lieu.", "placeIds", List.of(12, 12, 40)))
                .post("/groups/{slug}/library", s.slug())
                .then().statusCode(201)
                .body("title", equalTo("Guide des tiers-lieux")).body("kind", equalTo("TOOLKIT"))
                .body("authors", contains("Camille Martin", "Collectif Entraide"))
                .body("file.id", equalTo((int) fileId)).body("file.contentType", equalTo("application/pdf"))
                .body("licence", equalTo("CC_BY_SA")).body("licenceLabel", equalTo("CC BY-SA 4.0"))
                .body("placeIds", contains(12, 40)).body("threadId", notNullValue())
                .body("can.edit", equalTo(true))
                .extract().<Number>path("id").longValue();
        long thread = Api.anonymous().get("/library/{id}", id).then().statusCode(200).extract().<Number>path("threadId").longValue();
        Api.anonymous().get("/threads/{id}", thread).then().statusCode(200).body("title", equalTo("Guide des tiers-lieux"));
    }

    @Test
    void filters_andTheFrenchSearch_narrowTheList() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        add(s, entry("Rapport sur les bibliothèques rurales", "REPORT", "themes", List.of("ruralité")));
        add(s, entry("Podcast : la médiation numérique", "PODCAST", "themes", List.of("numérique")));
        add(s, entry("Livre blanc des fablabs", "BOOK", "themes", List.of("numérique")));

        Api.anonymous().queryParam("kind", "PODCAST").get("/groups/{slug}/library", s.slug())
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].kind", equalTo("PODCAST"));
        Api.anonymous().queryParam("theme", "numérique").get("/groups/{slug}/library", s.slug())
                .then().statusCode(200).body("items", hasSize(2));
        Api.anonymous().queryParam("q", "bibliotheque").get("/groups/{slug}/library", s.slug())
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].kind", equalTo("REPORT"));
        Api.anonymous().queryParam("limit", 2).get("/groups/{slug}/library", s.slug())
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
    }

    @Test
    void badEntries_areRefused_namingTheField() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        Api.as(s.member()).body(Map.of("title", "Sans sorte", "licence", "CC0")).post("/groups/{slug}/library", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.as(s.member()).body(entry("Lien", "ARTICLE", "url", "javascript:alert(1)")).post("/groups/{slug}/library", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        Api.as(s.member()).body(entry("Action", "ARTICLE", "actionIds", List.of(999_999))).post("/groups/{slug}/library", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("actionIds"));
        GroupWithMember other = setup(Visibility.PUBLIC);
        long foreignFile = Uploads.upload(other.member(), other.slug(), "autre.pdf", PDF);
        Api.as(s.member()).body(entry("Fichier d'ailleurs", "ARTICLE", "fileId", foreignFile)).post("/groups/{slug}/library", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("fileId"));
    }

    @Test
    void onlyTheAdderOrCoordinators_editAndRemove_withOptimisticLocking() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        long id = add(s, entry("Fiche projet", "PROJECT_SHEET"));
        TestUser other = fixtures.verifiedUser();
        fixtures.addMember(other, s.slug());
        Api.as(other).body(Map.of("title", "Pris", "version", 0)).patch("/library/{id}", id)
                .then().statusCode(403).body("code", equalTo("library.adder-or-coordinators"));
        Api.as(s.member()).body(Map.of("title", "Fiche projet revue", "year", 2025, "version", 0)).patch("/library/{id}", id)
                .then().statusCode(200).body("title", equalTo("Fiche projet revue")).body("year", equalTo(2025)).body("version", equalTo(1));
        Api.as(s.member()).body(Map.of("title", "Encore", "version", 0)).patch("/library/{id}", id).then().statusCode(409);
        Api.as(s.group().coordinator()).delete("/library/{id}", id).then().statusCode(204);
        Api.anonymous().get("/library/{id}", id).then().statusCode(404);
    }

    @Test
    void aPrivateGroupsEntries_areForMembers_exceptThoseInOpenAccess() {
        GroupWithMember s = setup(Visibility.PRIVATE);
        long closed = add(s, entry("Compte rendu interne", "REPORT"));
        long open = add(s, entry("Boîte à outils libre", "TOOLKIT", "openAccess", true));
        Api.anonymous().get("/library/{id}", closed).then().statusCode(404);
        Api.anonymous().get("/groups/{slug}/library", s.slug()).then().statusCode(404);
        Api.anonymous().get("/library/{id}", open).then().statusCode(200)
                .body("openAccess", equalTo(true)).body("licenceLabel", equalTo("CC BY-SA 4.0")).body("can.edit", equalTo(false));
        Api.as(s.member()).get("/groups/{slug}/library", s.slug()).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void theLibrary_exportsAsCsv_cslJson_andBibtex() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        add(s, entry("=HYPERLINK(\"x\") Guide", "BOOK", "authors", List.of("Ada Lovelace"), "year", 2023, "url", "https://exemple.org/guide"));
        Api.anonymous().queryParam("format", "csv").get("/groups/{slug}/library/export", s.slug())
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("\"'=HYPERLINK(\"\"x\"\") Guide\";\"BOOK\";\"Ada Lovelace\";\"2023\""));
        Api.anonymous().queryParam("format", "csl-json").get("/groups/{slug}/library/export", s.slug())
                .then().statusCode(200)
                .body("[0].type", equalTo("book")).body("[0].author[0].family", equalTo("Lovelace"))
                .body("[0].issued.'date-parts'[0][0]", equalTo(2023)).body("[0].URL", equalTo("https://exemple.org/guide"));
        Api.anonymous().queryParam("format", "bibtex").get("/groups/{slug}/library/export", s.slug())
                .then().statusCode(200).body(containsString("@book{entraide")).body(containsString("author = {Ada Lovelace}"));
    }

    @Test
    void aRemovedFile_leavesTheEntryWithoutIt() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        long fileId = Uploads.upload(s.member(), s.slug(), "retire.pdf", PDF);
        long id = add(s, entry("Avec fichier", "REPORT", "fileId", fileId));
        Api.as(s.member()).delete("/files/{id}", fileId).then().statusCode(204);
        Api.anonymous().get("/library/{id}", id).then().statusCode(200).body("file", nullValue());
    }
}
