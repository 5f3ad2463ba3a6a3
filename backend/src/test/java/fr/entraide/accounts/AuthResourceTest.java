package fr.entraide.accounts;

import fr.entraide.common.security.AccessTokens;
import fr.entraide.common.security.Secrets;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AuthResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AccessTokens accessTokens;

    private Map<String, Object> registration(String username) {
        return Map.of("email", username + "@Mediatheque.test", "username", username,
                "password", "une phrase de passe", "displayName", "Camille " + username);
    }

    @Test
    void register_thenVerifyWithTheMailedLink_thenSignIn() {
        String username = Fixtures.unique("camille.");
        Api.anonymous().body(registration(username)).post("/auth/register")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/users/"))
                .body("username", equalTo(username))
                .body("displayName", equalTo("Camille " + username))
                .body("emailVerified", equalTo(false))
                .body("siteRole", equalTo("USER"))
                .body("locale", equalTo("fr"))
                .body("passwordHash", nullValue());

        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(username + "@Mediatheque.test");
        assertEquals(1, mails.size());
        assertEquals("Confirmez votre adresse e-mail", Mailbox.subject(mails.get(0)));
        assertTrue(Mailbox.body(mails.get(0)).contains("http://localhost:5173/verify-email?token="));
        String token = Mailbox.token(mails.get(0));

        Response login = Api.anonymous().body(Map.of("email", username + "@mediatheque.test", "password", "une phrase de passe"))
                .post("/auth/login");
        login.then().statusCode(200).body("user.emailVerified", equalTo(false));
        String accessToken = login.path("accessToken");
        Api.as(accessToken).post("/groups/{slug}/members", "any-group")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("email-not-verified"));

        Api.anonymous().body(Map.of("token", token)).post("/auth/verify-email").then().statusCode(204);
        Api.as(accessToken).get("/me").then().statusCode(200).body("emailVerified", equalTo(true));
        Api.anonymous().body(Map.of("token", token)).post("/auth/verify-email").then().statusCode(204);
        Api.anonymous().body(Map.of("token", token + "x")).post("/auth/verify-email")
                .then().statusCode(400).body("errors[0].field", equalTo("token"));
    }

    @Test
    void register_rejectsInvalidFields_namingEach() {
        Api.anonymous().body(Map.of("email", "pas-une-adresse", "username", "a b", "password", "court"))
                .post("/auth/register")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
        Api.anonymous().post("/auth/register").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void register_refusesTakenEmailOrUsername_ignoringCase() {
        String username = Fixtures.unique("dup.");
        Api.anonymous().body(registration(username)).post("/auth/register").then().statusCode(201);
        Api.anonymous().body(Map.of("email", username.toUpperCase() + "@mediatheque.TEST", "username", Fixtures.unique("other"),
                        "password", "une phrase de passe"))
                .post("/auth/register")
                .then().statusCode(409).body("errors[0].field", equalTo("email"));
        Api.anonymous().body(Map.of("email", Fixtures.unique("x") + "@mediatheque.test", "username", username.toUpperCase(),
                        "password", "une phrase de passe"))
                .post("/auth/register")
                .then().statusCode(409).body("errors[0].field", equalTo("username"));
    }

    @Test
    void login_withBadCredentials_is401_andRepeatedFailuresAre429WithRetryAfter() {
        TestUser user = fixtures.verifiedUser();
        for (int i = 0; i < 5; i++) {
            Api.anonymous().body(Map.of("email", user.email(), "password", "mauvais mot de passe"))
                    .post("/auth/login")
                    .then().statusCode(401).body("type", endsWith("invalid-credentials"));
        }
        Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login")
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", endsWith("too-many-requests"));
        Api.anonymous().body(Map.of("email", "personne@nulle-part.test", "password", "n'importe quoi"))
                .post("/auth/login").then().statusCode(401);
    }

    @Test
    void login_returnsTokensAndCookie_andRefreshRotates_andReuseIsRefused() {
        TestUser user = fixtures.verifiedUser();
        Response login = Api.anonymous().body(Map.of("email", user.email(), "password", user.password())).post("/auth/login");
        login.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshExpiresIn", greaterThan(11 * 3600))
                .body("user.id", equalTo((int) user.id()))
                .cookie("entraide_refresh", notNullValue());
        assertTrue(login.getHeader("Set-Cookie").contains("HttpOnly"));
        String first = login.path("refreshToken");

        Response refreshed = Api.anonymous().cookie("entraide_refresh", first).post("/auth/refresh");
        refreshed.then().statusCode(200).body("accessToken", notNullValue());
        String second = refreshed.path("refreshToken");
        Api.as((String) refreshed.path("accessToken")).get("/me").then().statusCode(200).body("id", equalTo((int) user.id()));

        Api.anonymous().body(Map.of("refreshToken", second)).post("/auth/refresh").then().statusCode(200);
        Api.anonymous().body(Map.of("refreshToken", second)).post("/auth/refresh")
                .then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().post("/auth/refresh").then().statusCode(401);
    }

    /**
     * Two tabs refreshing at once may both present the same token: within a short grace the second is only refused.
     * Past it, a token presented again is a stolen copy, and the whole sign-in ends, including its newest token.
     * The grace is stepped over by dating the first use back, as the clock would.
     */
    @Test
    void aRefreshTokenReplayedAfterTheGrace_revokesTheWholeSignIn() {
        TestUser user = fixtures.verifiedUser();
        String first = Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login").then().statusCode(200).extract().path("refreshToken");
        String second = refresh(first).then().statusCode(200).extract().path("refreshToken");

        refresh(first).then().statusCode(401);
        String third = refresh(second).then().statusCode(200).extract().path("refreshToken");

        QuarkusTransaction.requiringNew().run(() -> RefreshToken.update("usedAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(31), Secrets.hash(first)));
        refresh(first).then().statusCode(401).contentType("application/problem+json");
        refresh(third).then().statusCode(401);
        long live = QuarkusTransaction.requiringNew().call(() ->
                RefreshToken.count("userId = ?1 and revokedAt is null", user.id()));
        assertEquals(0, live, "every token of the sign-in is revoked");
    }

    private static Response refresh(String token) {
        return Api.anonymous().body(Map.of("refreshToken", token)).post("/auth/refresh");
    }

    @Test
    void logout_revokesTheSession() {
        TestUser user = fixtures.verifiedUser();
        String refresh = Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login").path("refreshToken");
        Api.anonymous().cookie("entraide_refresh", refresh).post("/auth/logout")
                .then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
        Api.anonymous().cookie("entraide_refresh", refresh).post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void expiredOrForgedAccessTokens_are401() {
        TestUser user = fixtures.verifiedUser();
        String expired = accessTokens.issue(user.id(), user.username(), Instant.now().minusSeconds(60));
        Api.as(expired).get("/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("unauthorized"));
        Api.as(user.token() + "x").get("/me").then().statusCode(401);
        Api.anonymous().header("Authorization", "Basic Zm9vOmJhcg==").get("/me").then().statusCode(401);
        Api.anonymous().get("/me").then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void passwordReset_mailsALink_thatSetsANewPassword_andClosesSessions() {
        TestUser user = fixtures.verifiedUser();
        String oldRefresh = Api.anonymous().body(Map.of("email", user.email(), "password", user.password()))
                .post("/auth/login").path("refreshToken");

        Api.anonymous().body(Map.of("email", user.email())).post("/auth/password-reset").then().statusCode(202);
        Api.anonymous().body(Map.of("email", "inconnu-" + user.email())).post("/auth/password-reset").then().statusCode(202);
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(user.email());
        assertEquals(1, mails.size());
        assertTrue(Mailbox.body(mails.get(0)).contains("/reset-password?token="));
        assertTrue(Mailbox.to("inconnu-" + user.email()).isEmpty());

        Api.anonymous().body(Map.of("token", Mailbox.token(mails.get(0)), "newPassword", "court"))
                .post("/auth/password-reset/confirm")
                .then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        Api.anonymous().body(Map.of("token", Mailbox.token(mails.get(0)), "newPassword", "un tout nouveau secret"))
                .post("/auth/password-reset/confirm").then().statusCode(204);
        Api.anonymous().body(Map.of("token", Mailbox.token(mails.get(0)), "newPassword", "encore un autre secret"))
                .post("/auth/password-reset/confirm").then().statusCode(400).body("errors[0].field", equalTo("token"));

        Api.anonymous().body(Map.of("email", user.email(), "password", user.password())).post("/auth/login").then().statusCode(401);
        Api.anonymous().body(Map.of("email", user.email(), "password", "un tout nouveau secret")).post("/auth/login").then().statusCode(200);
        Api.anonymous().body(Map.of("refreshToken", oldRefresh)).post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void resendVerification_sendsANewLink_unlessAlreadyVerified() {
        TestUser unverified = fixtures.unverifiedUser();
        Api.as(unverified).post("/auth/resend-verification").then().statusCode(202);
        fixtures.sendMail();
        assertEquals(1, Mailbox.to(unverified.email()).size());
        Api.as(fixtures.verifiedUser()).post("/auth/resend-verification").then().statusCode(409);
    }
}
