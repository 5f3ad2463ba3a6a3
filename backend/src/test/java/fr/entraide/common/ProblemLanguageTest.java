package fr.entraide.common;

import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Problems speak the reader's language: Accept-Language first, then the account's, then French; codes never change. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ProblemLanguageTest {

    private static final String NO_GROUP = "gt-nulle-part";

    @Inject
    Fixtures fixtures;

    private static RequestSpecification in(RequestSpecification request, String acceptLanguage) {
        return request.header("Accept-Language", acceptLanguage);
    }

    @Test
    void givenTheSameBadRequest_whenAskedInEnglishThenFrench_thenTheTextsFollowAndTheCodeStays() {
        in(Api.anonymous(), "en-GB,en;q=0.9").get("/groups/{slug}", NO_GROUP).then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("group.not-found"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No group \"" + NO_GROUP + "\"."));
        in(Api.anonymous(), "fr-FR,fr;q=0.9,en;q=0.5").get("/groups/{slug}", NO_GROUP).then().statusCode(404)
                .body("code", equalTo("group.not-found"))
                .body("title", equalTo("Introuvable"))
                .body("detail", equalTo("Aucun groupe « " + NO_GROUP + " »."));
    }

    @Test
    void aFieldProblem_namesItsFieldAndCode_withItsMessageInTheReadersLanguage() {
        TestUser user = fixtures.verifiedUser();
        in(Api.as(user), "en").body(Map.of()).post("/notifications/read").then().statusCode(400)
                .body("code", equalTo("notification.ids-required"))
                .body("title", equalTo("Invalid data"))
                .body("errors[0].field", equalTo("ids"))
                .body("errors[0].code", equalTo("notification.ids-required"))
                .body("errors[0].message", equalTo("Give the notifications to mark as read, or all: true."));
        in(Api.as(user), "fr").body(Map.of()).post("/notifications/read").then().statusCode(400)
                .body("code", equalTo("notification.ids-required"))
                .body("title", equalTo("Données invalides"))
                .body("errors[0].message", equalTo("Indiquez les notifications à marquer lues, ou all: true."));
    }

    @Test
    void brokenConstraints_areWordedInTheReadersLanguage_ourOwnRulesIncluded() {
        Map<String, String> badUsername = Map.of("email", "camille@exemple.test", "username", "!",
                "displayName", "Camille", "password", "correct horse battery");
        in(Api.anonymous(), "en").body(badUsername).post("/auth/register").then().statusCode(400)
                .body("code", equalTo("request.invalid-fields"))
                .body("title", equalTo("Invalid data"))
                .body("errors.find { it.field == 'username' }.code", equalTo("constraint.pattern"))
                .body("errors.find { it.field == 'username' }.message",
                        equalTo("3 to 30 characters among letters, digits, dot, hyphen and underscore"));
        in(Api.anonymous(), "fr").body(badUsername).post("/auth/register").then().statusCode(400)
                .body("errors.find { it.field == 'username' }.code", equalTo("constraint.pattern"))
                .body("errors.find { it.field == 'username' }.message",
                        equalTo("3 à 30 caractères parmi lettres, chiffres, point, tiret et tiret bas"));
        in(Api.anonymous(), "en").queryParam("limit", 0).get("/groups").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("constraint.min"))
                .body("errors[0].message", equalTo("must be at least 1"));
    }

    @Test
    void givenAnEnglishAccount_whenNoLanguageIsAsked_thenItsLanguageIsUsed() {
        TestUser user = fixtures.verifiedUser();
        Api.as(user).body(Map.of("locale", "en")).patch("/me").then().statusCode(200);
        Api.as(user).get("/groups/{slug}", NO_GROUP).then().statusCode(404)
                .body("code", equalTo("group.not-found"))
                .body("detail", equalTo("No group \"" + NO_GROUP + "\"."));
        Api.as(user).body(Map.of("locale", "de")).patch("/me").then().statusCode(400)
                .body("errors[0].message", equalTo("fr or en"));
        in(Api.as(user), "de").get("/groups/{slug}", NO_GROUP).then().statusCode(404)
                .body("title", equalTo("Not found"));
        in(Api.as(user), "fr").get("/groups/{slug}", NO_GROUP).then().statusCode(404)
                .body("title", equalTo("Introuvable"));
    }

    @Test
    void anUnknownLanguage_getsFrench() {
        in(Api.anonymous(), "de-DE,de;q=0.9").get("/groups/{slug}", NO_GROUP).then().statusCode(404)
                .body("code", equalTo("group.not-found"))
                .body("title", equalTo("Introuvable"))
                .body("detail", equalTo("Aucun groupe « " + NO_GROUP + " »."));
        Api.anonymous().get("/groups/{slug}", NO_GROUP).then().statusCode(404).body("title", equalTo("Introuvable"));
    }

    @Test
    void theHttpLayersOwnProblems_areLocalisedToo() {
        in(Api.outsideContract(), "en").delete("/groups").then().statusCode(405)
                .body("code", equalTo("http.method-not-allowed"))
                .body("title", equalTo("Method not allowed"));
        in(Api.anonymous(), "en").body("{\"email\": ").post("/auth/login").then().statusCode(400)
                .body("code", equalTo("http.malformed-request"))
                .body("detail", equalTo("The request's body or parameters cannot be read."));
        in(Api.outsideContract(), "en").get("/nulle-part").then().statusCode(404)
                .body("code", equalTo("http.not-found"))
                .body("title", equalTo("Not found"));
    }
}
