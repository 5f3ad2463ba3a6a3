package fr.entraide.common;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Control characters are refused in every text of a request, once for all routes; multi-line texts keep their line breaks. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ControlCharactersTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aSingleLineField_refusesLineBreaksAndControls_namingTheField() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        for (String title : List.of("Réunion\r\nBcc: tous@exemple.test", "Réunion\tdu jour", "Bip\u0007", "C1\u009b")) {
            Api.as(admin).body(Map.of("category", "vie-du-groupe", "title", title, "body", "corps"))
                    .post("/groups/{slug}/threads", slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/validation"))
                    .body("errors[0].field", equalTo("title"));
        }
        Api.as(admin).body(Map.of("displayName", "Camille\nMartin")).patch("/me")
                .then().statusCode(400).body("errors[0].field", equalTo("displayName"));
        Api.as(admin).body(Map.of("name", "jeton\r\n")).post("/me/tokens")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aMultiLineField_keepsTabsAndLineBreaks_butRefusesOtherControls() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        String body = "Bonjour,\r\n\n- point\tun\n- point deux";
        Api.as(admin).body(Map.of("category", "vie-du-groupe", "title", "Ordre du jour", "body", body))
                .post("/groups/{slug}/threads", slug)
                .then().statusCode(201);
        Api.as(admin).body(Map.of("category", "vie-du-groupe", "title", "Ordre du jour", "body", "nul\u0000"))
                .post("/groups/{slug}/threads", slug)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        Api.as(admin).body(Map.of("bio", "ligne un\nligne deux\u001b[31m")).patch("/me")
                .then().statusCode(400).body("errors[0].field", equalTo("bio"));
    }

    @Test
    void queryParameters_followTheSameRule() {
        TestUser admin = fixtures.admin();
        Api.as(admin).queryParam("prefix", "ab\u0000").get("/users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("prefix"));
        String detail = Api.as(admin).queryParam("q", "x\r\ny").get("/search")
                .then().statusCode(400).extract().path("errors[0].field");
        assertTrue("q".equals(detail), detail);
    }
}
