package fr.entraide.mail;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nobody can make the site send mail without limit: per account and per recipient, counted in the database. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailQuotaTest {

    @Inject
    Fixtures fixtures;

    @Test
    void resendVerification_hasACoolDown() {
        TestUser unverified = fixtures.unverifiedUser();
        Api.as(unverified).post("/auth/resend-verification").then().statusCode(202);
        Api.as(unverified).post("/auth/resend-verification")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", endsWith("too-many-requests"));
        fixtures.sendMail();
        assertEquals(1, Mailbox.to(unverified.email()).size());
    }

    @Test
    void passwordReset_isLimitedPerRecipient_whetherOrNotTheAddressHasAnAccount() {
        TestUser user = fixtures.verifiedUser();
        String nobody = Fixtures.unique("personne") + "@nulle-part.test";
        for (String email : List.of(user.email(), nobody)) {
            Api.anonymous().body(Map.of("email", email)).post("/auth/password-reset").then().statusCode(202);
            Api.anonymous().body(Map.of("email", email.toUpperCase())).post("/auth/password-reset")
                    .then().statusCode(429).header("Retry-After", notNullValue())
                    .body("type", endsWith("too-many-requests"));
        }
        fixtures.sendMail();
        assertEquals(1, Mailbox.to(user.email()).size());
    }

    @Test
    void invitations_areLimitedPerRecipient_andPerInviter() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.INVITE);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        String invitee = Fixtures.unique("invitee") + "@exemple.test";
        Api.as(coordinator).body(Map.of("email", invitee)).post("/groups/{slug}/invitations", slug).then().statusCode(201);
        Api.as(coordinator).body(Map.of("email", invitee)).post("/groups/{slug}/invitations", slug)
                .then().statusCode(429).header("Retry-After", notNullValue());
        for (int i = 1; i < 50; i++) {
            Api.as(coordinator).body(Map.of("email", Fixtures.unique("lot") + "@exemple.test"))
                    .post("/groups/{slug}/invitations", slug).then().statusCode(201);
        }
        Api.as(coordinator).body(Map.of("email", Fixtures.unique("de-trop") + "@exemple.test"))
                .post("/groups/{slug}/invitations", slug)
                .then().statusCode(429).body("type", endsWith("too-many-requests"));
        fixtures.sendMail();
        assertEquals(1, Mailbox.to(invitee).size());
    }

    @Test
    void mentionsPastTheQuota_publishThePost_butNeitherNotifyNorMailMore() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser author = fixtures.verifiedUser();
        TestUser target = fixtures.verifiedUser();
        fixtures.join(author, slug);
        fixtures.join(target, slug);
        for (int i = 0; i < 31; i++) {
            fixtures.thread(author, slug, "vie-du-groupe", "Sujet " + i, "Dis-moi @" + target.username() + " ?");
        }
        fixtures.settleForum();
        fixtures.sendMail();
        Api.as(target).queryParam("limit", 50).get("/notifications").then().statusCode(200)
                .body("items.size()", equalTo(30));
        assertEquals(10, Mailbox.to(target.email()).size());
    }
}
