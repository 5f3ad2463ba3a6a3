package fr.entraide.common;

import fr.entraide.support.Api;
import fr.entraide.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ErrorsTest {

    @Test
    void unknownRoute_is404Problem() {
        Api.outsideContract().get("/nulle-part").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", notNullValue());
    }

    @Test
    void wrongMethod_is405Problem() {
        Api.outsideContract().delete("/groups").then().statusCode(405).contentType("application/problem+json")
                .body("type", endsWith("method-not-allowed"));
    }

    @Test
    void wrongContentType_is415Problem() {
        Api.anonymous().contentType(ContentType.TEXT).body("bonjour").post("/auth/login")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void malformedJson_is400Problem_withoutInternals() {
        Api.anonymous().body("{\"email\": ").post("/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString("jackson")));
    }

    @Test
    void wrongJsonType_namesTheField() {
        Api.anonymous().body("{\"email\": [1,2], \"password\": \"x\"}").post("/auth/login")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void badPathParameter_is4xx() {
        Api.anonymous().get("/workshops/abc").then().statusCode(404).contentType("application/problem+json");
    }
}
