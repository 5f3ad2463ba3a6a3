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

    /** For a test that calls a route or a method that does not exist on purpose: not checked against openapi.yaml. */
    public static RequestSpecification outsideContract() {
        return anonymous().noFiltersOfType(ContractFilter.class);
    }

    /** {@link #outsideContract()}, signed in. */
    public static RequestSpecification outsideContract(TestUser user) {
        return as(user).noFiltersOfType(ContractFilter.class);
    }

    public static RequestSpecification as(TestUser user) {
        return as(user.token());
    }

    public static RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }
}
