package fr.entraide.groups;

import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Pending invitations: coordinators list and revoke them; those of someone who leaves or is removed go with them. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class InvitationRevocationTest {

    @Inject
    Fixtures fixtures;

    record Setup(TestUser coordinator, TestUser member, String slug) {
    }

    Setup setup() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.INVITE);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser member = fixtures.verifiedUser();
        fixtures.addMember(member, slug);
        return new Setup(coordinator, member, slug);
    }

    long invite(TestUser inviter, String slug, String email) {
        return Api.as(inviter).body(Map.of("email", email)).post("/groups/{slug}/invitations", slug)
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    String secretSentTo(String email) {
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(email);
        return Mailbox.token(mails.get(mails.size() - 1));
    }

    @Test
    void aRemovedMember_cannotComeBack_throughAnInvitationTheySent_orOneAddressedToThem() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.INVITE);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser member = fixtures.verifiedUser();
        invite(coordinator, slug, member.email());
        String ownLink = secretSentTo(member.email());
        fixtures.addMember(member, slug);
        Setup s = new Setup(coordinator, member, slug);
        TestUser accomplice = fixtures.verifiedUser();
        invite(s.member(), s.slug(), accomplice.email());
        String accomplicesLink = secretSentTo(accomplice.email());
        invite(s.member(), s.slug(), "second-compte-" + s.member().username() + "@exemple.test");
        TestUser bystander = fixtures.verifiedUser();
        invite(s.coordinator(), s.slug(), bystander.email());

        Api.as(s.coordinator()).delete("/groups/{slug}/members/{userId}", s.slug(), s.member().id()).then().statusCode(204);

        Api.anonymous().get("/invitations/{token}", accomplicesLink).then().statusCode(410);
        Api.as(accomplice).post("/invitations/{token}/accept", accomplicesLink).then().statusCode(410);
        Api.as(s.member()).post("/invitations/{token}/accept", ownLink).then().statusCode(410);
        Api.as(s.member()).get("/groups/{slug}", s.slug()).then().statusCode(404);
        Api.as(s.coordinator()).get("/groups/{slug}/invitations", s.slug()).then().statusCode(200)
                .body("items.email", contains(bystander.email()));
    }

    @Test
    void coordinators_listAndRevokePendingInvitations_othersMayNot() {
        Setup s = setup();
        TestUser invitee = fixtures.verifiedUser();
        long id = invite(s.member(), s.slug(), invitee.email());
        String link = secretSentTo(invitee.email());
        Api.as(s.member()).get("/groups/{slug}/invitations", s.slug()).then().statusCode(403);
        Api.anonymous().get("/groups/{slug}/invitations", s.slug()).then().statusCode(401);
        Api.as(s.coordinator()).get("/groups/{slug}/invitations", s.slug()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].email", equalTo(invitee.email()))
                .body("items[0].invitedBy.id", equalTo((int) s.member().id())).body("nextCursor", nullValue());
        Api.as(s.member()).delete("/groups/{slug}/invitations/{id}", s.slug(), id).then().statusCode(403);
        String other = fixtures.coordinatedGroup(s.coordinator(), Visibility.PUBLIC, JoinPolicy.OPEN).slug();
        Api.as(s.coordinator()).delete("/groups/{slug}/invitations/{id}", other, id).then().statusCode(404);

        Api.as(s.coordinator()).delete("/groups/{slug}/invitations/{id}", s.slug(), id).then().statusCode(204);
        Api.as(s.coordinator()).delete("/groups/{slug}/invitations/{id}", s.slug(), id).then().statusCode(404);
        Api.as(s.coordinator()).get("/groups/{slug}/invitations", s.slug()).then().body("items", hasSize(0));
        Api.as(invitee).post("/invitations/{token}/accept", link).then().statusCode(410);
    }

    @Test
    void aMemberWhoLeaves_takesTheirPendingInvitationsWithThem() {
        Setup s = setup();
        TestUser invitee = fixtures.verifiedUser();
        invite(s.member(), s.slug(), invitee.email());
        String link = secretSentTo(invitee.email());
        Api.as(s.member()).delete("/groups/{slug}/members/{userId}", s.slug(), s.member().id()).then().statusCode(204);
        Api.as(invitee).post("/invitations/{token}/accept", link).then().statusCode(410);
    }
}
