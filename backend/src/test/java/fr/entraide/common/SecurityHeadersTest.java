package fr.entraide.common;

import fr.entraide.support.Api;
import fr.entraide.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class SecurityHeadersTest {

    @Test
    void apiAnswers_carryAStrictPolicy_noFraming_noSniffing_andAReferrerPolicy_butNoHstsOverPlainHttp() {
        Api.anonymous().get("/groups").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                        containsString("object-src 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void errorsToo_carryTheHeaders() {
        Api.anonymous().get("/threads/{id}", 999_999_999L).then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        Api.anonymous().get("/me").then().statusCode(401)
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void hsts_onlyWhenTheBrowserCameOverHttps_asTheProxySays() {
        Api.anonymous().header("X-Forwarded-Proto", "https").get("/groups").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
        Api.anonymous().header("X-Forwarded-Proto", "http").get("/groups").then()
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void swaggerUi_stillWorks_underItsOwnPolicy_whichStillForbidsFraming() {
        RestAssured.given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("SwaggerUIBundle"))
                .header("Content-Security-Policy", allOf(containsString("script-src 'self' 'unsafe-inline'"),
                        containsString("frame-ancestors 'none'")));
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
