package fr.entraide.admin;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AdminResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void bootstrapAdmin_fromConfiguration_canSignIn() {
        Api.anonymous().body(Map.of("email", "admin@entraide.test", "password", "admin-password-1234"))
                .post("/auth/login").then().statusCode(200)
                .body("user.siteRole", equalTo("ADMIN")).body("user.emailVerified", equalTo(true));
    }

    @Test
    void users_searchable_byAdminsOnly() {
        TestUser admin = fixtures.admin();
        TestUser user = fixtures.verifiedUser();
        Api.as(admin).queryParam("q", user.username().toUpperCase()).get("/admin/users").then().statusCode(200)
                .body("items.id", contains((int) user.id()))
                .body("items[0].email", equalTo(user.email()))
                .body("items[0].suspended", equalTo(false));
        Api.as(user).get("/admin/users").then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().get("/admin/users").then().statusCode(401);
    }

    @Test
    void groups_privateOnesIncluded_withTheirHeadCounts_forAdminsOnly() {
        TestUser admin = fixtures.admin();
        TestGroup secret = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.APPROVAL);
        fixtures.addMember(fixtures.verifiedUser(), secret.slug());
        TestGroup asking = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.APPROVAL);
        fixtures.join(fixtures.verifiedUser(), asking.slug());
        Api.as(admin).queryParam("q", asking.slug()).get("/admin/groups").then().statusCode(200)
                .body("items[0].memberCount", equalTo(1)).body("items[0].pendingCount", equalTo(1));
        Api.as(admin).queryParam("q", secret.slug().toUpperCase()).get("/admin/groups").then().statusCode(200)
                .body("items.slug", contains(secret.slug()))
                .body("items[0].visibility", equalTo("PRIVATE"))
                .body("items[0].memberCount", equalTo(2))
                .body("items[0].coordinatorCount", equalTo(1))
                .body("items[0].pendingCount", equalTo(0));
        Api.as(admin).queryParam("limit", 1).get("/admin/groups").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue());
        Api.as(secret.coordinator()).get("/admin/groups").then().statusCode(403);
        Api.anonymous().get("/admin/groups").then().statusCode(401);
    }

    @Test
    void promote_andSuspend_takeEffectAtOnce() {
        TestUser admin = fixtures.admin();
        TestUser user = fixtures.verifiedUser();
        String refresh = Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login").path("refreshToken");

        Api.as(admin).body(Map.of("siteRole", "ADMIN")).patch("/admin/users/{id}", user.id()).then().statusCode(200)
                .body("siteRole", equalTo("ADMIN"));
        Api.as(user).get("/admin/users").then().statusCode(200);
        Api.as(admin).body(Map.of("siteRole", "USER")).patch("/admin/users/{id}", user.id()).then().statusCode(200);
        Api.as(user).get("/admin/users").then().statusCode(403);

        Api.as(admin).body(Map.of("suspended", true)).patch("/admin/users/{id}", user.id()).then().statusCode(200)
                .body("suspended", equalTo(true));
        Api.as(user).get("/me").then().statusCode(401).body("type", endsWith("account-suspended"));
        Api.anonymous().body(Map.of("refreshToken", refresh)).post("/auth/refresh").then().statusCode(401);
        Api.anonymous().body(Map.of("email", user.email(), "password", user.password())).post("/auth/login")
                .then().statusCode(401).body("type", endsWith("account-suspended"));

        Api.as(admin).body(Map.of("suspended", false)).patch("/admin/users/{id}", user.id()).then().statusCode(200);
        Api.as(user).get("/me").then().statusCode(200);
    }

    @Test
    void admins_cannotLockThemselvesOut() {
        TestUser admin = fixtures.admin();
        Api.as(admin).body(Map.of("suspended", true)).patch("/admin/users/{id}", admin.id()).then().statusCode(409);
        Api.as(admin).body(Map.of("siteRole", "USER")).patch("/admin/users/{id}", admin.id()).then().statusCode(409);
        Api.as(admin).body(Map.of("siteRole", "ROOT")).patch("/admin/users/{id}", admin.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("siteRole"));
        Api.as(admin).body(Map.of("suspended", true)).patch("/admin/users/{id}", 99999999).then().statusCode(404);
    }
}
