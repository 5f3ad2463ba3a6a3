package fr.entraide.accounts;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Membership;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import fr.entraide.workshops.WorkshopResourceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MeResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void me_showsProfileAndGroups() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        Api.as(admin).get("/me").then().statusCode(200)
                .body("email", equalTo(admin.email()))
                .body("siteRole", equalTo("ADMIN"))
                .body("emailVerified", equalTo(true))
                .body("groups.find { it.slug == '" + slug + "' }.role", equalTo("COORDINATOR"));
    }

    @Test
    void patchMe_updatesOnlyGivenFields_andValidates() {
        TestUser user = fixtures.verifiedUser();
        Api.as(user).body(Map.of("displayName", "Mathilde S.", "bio", "Médiathèque de la baie", "locale", "en",
                        "emailDigest", "DAILY"))
                .patch("/me").then().statusCode(200)
                .body("displayName", equalTo("Mathilde S."))
                .body("bio", equalTo("Médiathèque de la baie"))
                .body("locale", equalTo("en"))
                .body("emailDigest", equalTo("DAILY"));
        Api.as(user).body(Map.of("bio", "Nouvelle bio")).patch("/me").then().statusCode(200)
                .body("displayName", equalTo("Mathilde S.")).body("bio", equalTo("Nouvelle bio"));
        Api.as(user).body(Map.of("locale", "de")).patch("/me").then().statusCode(400)
                .body("errors[0].field", equalTo("locale"));
        Api.as(user).body(Map.of("emailDigest", "WEEKLY")).patch("/me").then().statusCode(400)
                .body("errors[0].field", equalTo("emailDigest"));
        Api.as(user).body(Map.of("displayName", "   ")).patch("/me").then().statusCode(400)
                .body("errors[0].field", equalTo("displayName"));
        Api.anonymous().body(Map.of("bio", "x")).patch("/me").then().statusCode(401);
    }

    @Test
    void export_containsOwnData_asAnAttachment() {
        TestUser user = fixtures.verifiedUser();
        Api.as(user).body(Map.of("name", "mon script")).post("/me/tokens").then().statusCode(201);
        Api.as(user).get("/me/export").then().statusCode(200)
                .header("Content-Disposition", containsString("entraide-export.json"))
                .body("profile.email", equalTo(user.email()))
                .body("personalAccessTokens[0].name", equalTo("mon script"))
                .body("personalAccessTokens[0].token", nullValue())
                .body("exportedAt", notNullValue());
    }

    @Test
    void changePassword_checksTheCurrentOne() {
        TestUser user = fixtures.verifiedUser();
        Api.as(user).body(Map.of("currentPassword", "faux mot de passe", "newPassword", "nouveau secret long"))
                .post("/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        Api.as(user).body(Map.of("currentPassword", user.password(), "newPassword", "nouveau secret long"))
                .post("/me/password").then().statusCode(204);
        Api.anonymous().body(Map.of("email", user.email(), "password", "nouveau secret long")).post("/auth/login")
                .then().statusCode(200);
    }

    @Test
    void changingThePassword_endsEverySessionAndToken() {
        TestUser user = fixtures.verifiedUser();
        String refresh = Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login").then().statusCode(200).extract().path("refreshToken");
        String personal = Api.as(user).body(Map.of("name", "script")).post("/me/tokens").then().statusCode(201)
                .extract().path("token");
        String calendar = Api.as(user).get("/me/calendar-token").then().statusCode(200).extract().path("token");

        Api.as(user).body(Map.of("currentPassword", user.password(), "newPassword", "nouveau secret long"))
                .post("/me/password").then().statusCode(204);

        Api.anonymous().body(Map.of("refreshToken", refresh)).post("/auth/refresh").then().statusCode(401);
        Api.as(personal).get("/me").then().statusCode(401);
        Api.as(user).get("/me/tokens").then().statusCode(200).body("items", hasSize(0));
        assertNotEquals(calendar, Api.as(user).get("/me/calendar-token").then().statusCode(200).extract().path("token"),
                "the calendar feeds' secret is a new one");
        Api.anonymous().body(Map.of("email", user.email(), "password", user.password())).post("/auth/login")
                .then().statusCode(401);
    }

    /**
     * Deleting an account wipes what identifies the person, ends every way in, and leaves their groups as leaving
     * would: no membership left, and a confirmed seat in an upcoming workshop goes to the first on the waitlist.
     */
    @Test
    void deleteAccount_wipesTheProfile_endsTokens_andLeavesEveryGroup_givingTheSeatToTheWaitlist() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser user = fixtures.verifiedUser();
        TestUser waiting = fixtures.verifiedUser();
        fixtures.join(user, group.slug());
        fixtures.join(waiting, group.slug());
        Api.as(user).body(Map.of("bio", "Médiathèque de Plouc")).patch("/me").then().statusCode(200);
        long workshop = new WorkshopResourceTest().withFixtures(fixtures).create(group.coordinator(), group.slug(), 1);
        Api.as(user).post("/workshops/{id}/registrations", workshop).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        Api.as(waiting).post("/workshops/{id}/registrations", workshop).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        String refresh = Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login").then().statusCode(200).extract().path("refreshToken");
        String personal = Api.as(user).body(Map.of("name", "script")).post("/me/tokens").then().statusCode(201)
                .extract().path("token");

        Api.as(user).body(Map.of("password", user.password())).delete("/me").then().statusCode(204);

        Api.anonymous().body(Map.of("refreshToken", refresh)).post("/auth/refresh").then().statusCode(401);
        Api.as(personal).get("/me").then().statusCode(401);
        Api.as(group.coordinator()).get("/users/{id}", user.id()).then().statusCode(200)
                .body("bio", nullValue()).body("displayName", equalTo("Ancien membre"));
        QuarkusTransaction.requiringNew().run(() -> {
            User stored = User.findById(user.id());
            assertNotEquals(user.email(), stored.email, "the address is wiped");
            assertNull(stored.bio);
            assertEquals(0, Membership.count("userId", user.id()), "no membership left");
            assertEquals(0, RefreshToken.count("userId", user.id()) + PersonalAccessToken.count("userId", user.id()),
                    "no token left");
        });
        Api.as(waiting).get("/workshops/{id}", workshop).then().statusCode(200)
                .body("myRegistration.status", equalTo("CONFIRMED"));
        Api.as(group.coordinator()).get("/groups/{slug}", group.slug()).then().body("memberCount", equalTo(2));
    }

    @Test
    void deleteAccount_needsThePassword_keepsAFormerMemberProfile_andEndsSignIn() {
        TestUser user = fixtures.verifiedUser();
        Api.as(user).body(Map.of("password", "pas le bon")).delete("/me").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        Api.as(user).body(Map.of("password", user.password())).delete("/me").then().statusCode(204);
        Api.as(user).get("/me").then().statusCode(401);
        Api.anonymous().body(Map.of("email", user.email(), "password", user.password())).post("/auth/login").then().statusCode(401);
        TestUser other = fixtures.verifiedUser();
        Api.as(other).get("/users/{id}", user.id()).then().statusCode(200)
                .body("displayName", equalTo("Ancien membre"))
                .body("username", not(equalTo(user.username())));
    }

    @Test
    void deleteAccount_isRefusedToTheLastCoordinatorOfAGroup() {
        TestUser admin = fixtures.admin();
        fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        Api.as(admin).body(Map.of("password", admin.password())).delete("/me").then().statusCode(409)
                .body("detail", containsString("soucieux"));
    }

    @Test
    void personalAccessTokens_authenticate_untilRevoked() {
        TestUser user = fixtures.verifiedUser();
        var created = Api.as(user).body(Map.of("name", "tableur du réseau", "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                .post("/me/tokens");
        created.then().statusCode(201).body("token", startsWith("entpat_")).body("name", equalTo("tableur du réseau"));
        String secret = created.path("token");
        int id = created.path("id");

        Api.as(secret).get("/me").then().statusCode(200).body("id", equalTo((int) user.id()));
        Api.as(user).get("/me/tokens").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].token", nullValue()).body("items[0].lastUsedAt", notNullValue());
        Api.as(user).body(Map.of("name", "")).post("/me/tokens").then().statusCode(400).body("errors[0].field", equalTo("name"));
        Api.as(user).body(Map.of("name", "passé", "expiresAt", "2020-01-01T00:00:00Z")).post("/me/tokens")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));

        Api.as(fixtures.verifiedUser()).delete("/me/tokens/{id}", id).then().statusCode(404);
        Api.as(user).delete("/me/tokens/{id}", id).then().statusCode(204);
        Api.as(secret).get("/me").then().statusCode(401).body("type", endsWith("unauthorized"));
    }

    @Test
    void users_byPrefix_forMentions_andPublicProfiles() {
        TestUser user = fixtures.verifiedUser();
        TestUser other = fixtures.verifiedUser();
        Api.as(user).queryParam("prefix", "@" + other.username().substring(0, other.username().length() - 1).toUpperCase())
                .get("/users").then().statusCode(200)
                .body("items.username", org.hamcrest.Matchers.hasItem(other.username()))
                .body("items[0].email", nullValue());
        Api.as(user).queryParam("prefix", "").get("/users").then().statusCode(400).body("errors[0].field", equalTo("prefix"));
        Api.anonymous().queryParam("prefix", "a").get("/users").then().statusCode(401);
        Api.as(user).get("/users/{id}", other.id()).then().statusCode(200)
                .body("username", equalTo(other.username())).body("joinedAt", notNullValue()).body("email", nullValue());
        Api.as(user).get("/users/{id}", 987654321).then().statusCode(404).contentType("application/problem+json");
    }
}
