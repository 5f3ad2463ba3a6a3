package fr.entraide.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured entry points with the JSON and bearer headers the API expects. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).basePath("/api/v1");
    }

    public static RequestSpecification as(TestUser user) {
        return as(user.token());
    }

    public static RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }
}
