package fr.entraide.common;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import fr.entraide.support.Api;
import fr.entraide.support.ContractFilter;
import fr.entraide.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed openapi.yaml is the contract integrators read: it must be what the code serves.
 * Regenerate it with {@code ./mvnw -pl backend test -Dtest=OpenApiDriftTest -Dopenapi.update=true}.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OpenApiDriftTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void committedOpenApiMatchesTheCode() throws IOException {
        String served = RestAssured.given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served);
        }
        assertEquals(served, Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "",
                "openapi.yaml differs from the API: regenerate it with -Dopenapi.update=true and commit it");
    }

    /** The committed document is also what every REST Assured exchange of the tests is checked against. */
    @Test
    void everyRestAssuredExchange_isCheckedAgainstTheDocument() {
        assertTrue(RestAssured.filters().stream().anyMatch(ContractFilter.class::isInstance), "ContractFilter is installed");
        assertThrows(OpenApiValidationFilter.OpenApiValidationException.class, () -> Api.anonymous().get("/nulle-part"),
                "a route the document does not describe fails the test");
        Api.outsideContract().get("/nulle-part").then().statusCode(404);
    }
}
