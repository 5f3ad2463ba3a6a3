package fr.entraide.accounts;

import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Whoever held an account before its owner proved the address or set a new password keeps no way in. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AccountTakeoverTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private static String personalToken(TestUser user) {
        return Api.as(user).body(Map.of("name", "script")).post("/me/tokens").then().statusCode(201).extract().path("token");
    }

    private static String calendarToken(TestUser user) {
        return Api.as(user).get("/me/calendar-token").then().statusCode(200).extract().path("token");
    }

    private String resetLink(TestUser user) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rate_limit where key = :email")
                .setParameter("email", user.email()).executeUpdate());
        int before = Mailbox.to(user.email()).size();
        Api.anonymous().body(Map.of("email", user.email())).post("/auth/password-reset").then().statusCode(202);
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(user.email());
        assertEquals(before + 1, mails.size());
        return Mailbox.token(mails.get(mails.size() - 1));
    }

    @Test
    void anUnverifiedAccount_cannotCreateAPersonalToken() {
        TestUser squatter = fixtures.unverifiedUser();
        Api.as(squatter).body(Map.of("name", "script")).post("/me/tokens")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("email-not-verified"));
    }

    @Test
    void aPasswordReset_revokesPersonalAndCalendarTokens() {
        TestUser user = fixtures.verifiedUser();
        String pat = personalToken(user);
        String calendar = calendarToken(user);
        Api.as(pat).get("/me").then().statusCode(200);

        Api.anonymous().body(Map.of("token", resetLink(user), "newPassword", "le nouveau secret du vrai titulaire"))
                .post("/auth/password-reset/confirm").then().statusCode(204);

        Api.as(pat).get("/me").then().statusCode(401);
        Api.as(user).get("/me/tokens").then().statusCode(200).body("items.size()", equalTo(0));
        assertNotEquals(calendar, calendarToken(user));
    }

    @Test
    void aPasswordChange_revokesPersonalTokens_andOlderResetLinks() {
        TestUser user = fixtures.verifiedUser();
        String pat = personalToken(user);
        String link = resetLink(user);
        Api.as(user).body(Map.of("currentPassword", user.password(), "newPassword", "un autre secret bien long"))
                .post("/me/password").then().statusCode(204);
        Api.as(pat).get("/me").then().statusCode(401);
        Api.anonymous().body(Map.of("token", link, "newPassword", "le secret de l'ancien titulaire"))
                .post("/auth/password-reset/confirm").then().statusCode(400).body("errors[0].field", equalTo("token"));
    }

    @Test
    void aNewerResetLink_voidsTheOlderOne() {
        TestUser user = fixtures.verifiedUser();
        String older = resetLink(user);
        String newer = resetLink(user);
        Api.anonymous().body(Map.of("token", older, "newPassword", "un secret assez long"))
                .post("/auth/password-reset/confirm").then().statusCode(400).body("errors[0].field", equalTo("token"));
        Api.anonymous().body(Map.of("token", newer, "newPassword", "un secret assez long"))
                .post("/auth/password-reset/confirm").then().statusCode(204);
    }

    @Test
    void theFirstVerification_revokesTokensMadeBeforeIt() {
        TestUser user = fixtures.verifiedUser();
        String pat = personalToken(user);
        String calendar = calendarToken(user);
        QuarkusTransaction.requiringNew().run(() -> User.update("emailVerified = false where id = ?1", user.id()));
        Api.as(user).post("/auth/resend-verification").then().statusCode(202);
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(user.email());
        Api.anonymous().body(Map.of("token", Mailbox.token(mails.get(mails.size() - 1)))).post("/auth/verify-email")
                .then().statusCode(204);
        Api.as(pat).get("/me").then().statusCode(401);
        assertNotEquals(calendar, calendarToken(user));
    }
}
