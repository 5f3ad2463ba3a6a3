package fr.entraide.groups;

import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class GroupResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void createGroup_adminOnly_withSixDefaultCategories_andCreatorAsCoordinator() {
        TestUser admin = fixtures.admin();
        Api.as(admin).body(Map.of("name", "GT Médiathèques tiers-lieux " + Fixtures.unique(""), "description", "Le GT"))
                .post("/groups").then().statusCode(201)
                .header("Location", containsString("/api/v1/groups/gt-mediatheques-tiers-lieux-"))
                .body("slug", org.hamcrest.Matchers.startsWith("gt-mediatheques-tiers-lieux-"))
                .body("visibility", equalTo("PUBLIC"))
                .body("joinPolicy", equalTo("OPEN"))
                .body("memberCount", equalTo(1))
                .body("myRole", equalTo("COORDINATOR"));
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        Api.anonymous().get("/groups/{slug}/categories", slug).then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.slug", contains("vie-du-groupe", "publications", "rencontres-formations", "feuille-de-route",
                        "partage-d-experiences", "co-developpement"))
                .body("items[5].name", equalTo("Co-développement / atelier d'entraide"))
                .body("items.position", contains(1, 2, 3, 4, 5, 6));

        Api.as(fixtures.verifiedUser()).body(Map.of("name", "Pas admin")).post("/groups").then().statusCode(403);
        Api.anonymous().body(Map.of("name", "Anonyme")).post("/groups").then().statusCode(401);
        Api.as(admin).body(Map.of("name", "Doublon", "slug", slug)).post("/groups").then().statusCode(409)
                .body("errors[0].field", equalTo("slug"));
        Api.as(admin).body(Map.of("name", "", "slug", "Pas Un Slug")).post("/groups").then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("slug"));
    }

    @Test
    void listGroups_pagesWithACursor_andHidesPrivateGroupsFromOutsiders() {
        TestUser admin = fixtures.admin();
        String privateSlug = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.INVITE);
        for (int i = 0; i < 3; i++) {
            fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        }
        var first = Api.anonymous().queryParam("limit", 2).get("/groups");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        List<String> firstSlugs = first.path("items.slug");
        List<String> secondSlugs = Api.anonymous().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/groups").then().statusCode(200).extract().path("items.slug");
        assertTrue(secondSlugs.stream().noneMatch(firstSlugs::contains));

        TestUser outsider = fixtures.verifiedUser();
        List<String> visible = allGroupSlugs(outsider);
        assertTrue(visible.contains(firstSlugs.get(0)), "the walk reaches every public group");
        assertFalse(visible.contains(privateSlug), "a private group is not listed to an outsider");
        assertTrue(allGroupSlugs(admin).contains(privateSlug), "the walk would have seen it");
        Api.as(outsider).get("/groups/{slug}", privateSlug).then().statusCode(404);
        Api.as(outsider).get("/groups/{slug}/categories", privateSlug).then().statusCode(404);
        Api.as(admin).get("/groups/{slug}", privateSlug).then().statusCode(200).body("visibility", equalTo("PRIVATE"));

        Api.anonymous().queryParam("limit", 101).get("/groups").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.anonymous().queryParam("cursor", "%%%").get("/groups").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** Every page of the group list, as that caller sees it: the database is shared by the whole suite. */
    private static List<String> allGroupSlugs(TestUser caller) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var page = Api.as(caller).queryParam("limit", 100);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            var response = page.get("/groups").then().statusCode(200).extract();
            slugs.addAll(response.path("items.slug"));
            cursor = response.path("nextCursor");
        } while (cursor != null);
        return slugs;
    }

    @Test
    void join_followsThePolicy() {
        TestUser admin = fixtures.admin();
        String open = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        String approval = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.APPROVAL);
        String invite = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.INVITE);
        TestUser member = fixtures.verifiedUser();

        Api.as(member).post("/groups/{slug}/members", open).then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("role", equalTo("MEMBER")).body("userId", equalTo((int) member.id()));
        Api.as(member).post("/groups/{slug}/members", open).then().statusCode(409);
        Api.as(member).get("/groups/{slug}", open).then().body("myRole", equalTo("MEMBER")).body("memberCount", equalTo(2));

        Api.as(member).post("/groups/{slug}/members", approval).then().statusCode(201).body("status", equalTo("PENDING"));
        fixtures.sendMail();
        List<MimeMessage> toCoordinator = Mailbox.to(admin.email());
        assertEquals(1, toCoordinator.size());
        assertTrue(Mailbox.subject(toCoordinator.get(0)).contains("Demande d'adhésion"));

        Api.as(member).post("/groups/{slug}/members", invite).then().statusCode(403).contentType("application/problem+json");
        Api.as(fixtures.unverifiedUser()).post("/groups/{slug}/members", open).then().statusCode(403)
                .body("type", endsWith("email-not-verified"));
        Api.anonymous().post("/groups/{slug}/members", open).then().statusCode(401);
        Api.as(member).post("/groups/{slug}/members", "nexiste-pas").then().statusCode(404);
    }

    @Test
    void coordinators_approvePromoteAndRemove_butNeverLeaveTheGroupWithoutOne() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.APPROVAL);
        TestUser member = fixtures.verifiedUser();
        TestUser bystander = fixtures.verifiedUser();
        Api.as(member).post("/groups/{slug}/members", slug).then().statusCode(201);

        Api.as(bystander).get("/groups/{slug}/members", slug).then().statusCode(200)
                .body("items.userId", not(hasItem((int) member.id())));
        Api.as(bystander).queryParam("status", "PENDING").get("/groups/{slug}/members", slug).then().statusCode(403);
        Api.as(admin).queryParam("status", "PENDING").get("/groups/{slug}/members", slug).then().statusCode(200)
                .body("items.userId", contains((int) member.id()));

        Api.as(bystander).body(Map.of("status", "ACTIVE")).patch("/groups/{slug}/members/{id}", slug, member.id()).then().statusCode(403);
        Api.as(admin).body(Map.of("status", "ACTIVE")).patch("/groups/{slug}/members/{id}", slug, member.id())
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        Api.as(admin).body(Map.of("role", "BOSS")).patch("/groups/{slug}/members/{id}", slug, member.id())
                .then().statusCode(400).body("errors[0].field", equalTo("role"));

        Api.as(admin).body(Map.of("role", "MEMBER")).patch("/groups/{slug}/members/{id}", slug, admin.id())
                .then().statusCode(409).body("detail", containsString("soucieux"));
        Api.as(admin).delete("/groups/{slug}/members/{id}", slug, admin.id()).then().statusCode(409);

        Api.as(admin).body(Map.of("role", "COORDINATOR")).patch("/groups/{slug}/members/{id}", slug, member.id())
                .then().statusCode(200).body("role", equalTo("COORDINATOR"));
        Api.as(member).body(Map.of("role", "MEMBER")).patch("/groups/{slug}/members/{id}", slug, admin.id())
                .then().statusCode(200).body("role", equalTo("MEMBER"));
        Api.as(member).delete("/groups/{slug}/members/{id}", slug, admin.id()).then().statusCode(204);
        Api.as(member).get("/groups/{slug}/members", slug).then().statusCode(200)
                .body("items.userId", contains((int) member.id()));
        Api.as(member).delete("/groups/{slug}/members/{id}", slug, 123456789).then().statusCode(404);
    }

    @Test
    void members_leave_themselves() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser member = fixtures.verifiedUser();
        TestUser other = fixtures.verifiedUser();
        fixtures.join(member, slug);
        fixtures.join(other, slug);
        Api.as(other).delete("/groups/{slug}/members/{id}", slug, member.id()).then().statusCode(403);
        Api.as(member).delete("/groups/{slug}/members/{id}", slug, member.id()).then().statusCode(204);
        Api.as(member).get("/groups/{slug}", slug).then().body("myRole", nullValue()).body("memberCount", equalTo(2));
    }

    @Test
    void privateGroupMembers_areHiddenFromOutsiders() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.APPROVAL);
        Api.as(fixtures.verifiedUser()).get("/groups/{slug}/members", slug).then().statusCode(404);
        Api.anonymous().get("/groups/{slug}/members", slug).then().statusCode(401);
    }

    @Test
    void patchGroup_coordinatorOnly_withOptimisticLocking() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser member = fixtures.verifiedUser();
        fixtures.join(member, slug);
        int version = Api.as(admin).get("/groups/{slug}", slug).path("version");
        Api.as(admin).body(Map.of("description", "Nouvelle description", "joinPolicy", "APPROVAL", "version", version))
                .patch("/groups/{slug}", slug).then().statusCode(200)
                .body("description", equalTo("Nouvelle description")).body("joinPolicy", equalTo("APPROVAL"))
                .body("version", equalTo(version + 1));
        Api.as(admin).body(Map.of("name", "Autre nom", "version", version)).patch("/groups/{slug}", slug)
                .then().statusCode(409).body("type", endsWith("stale-version")).body("errors[0].field", equalTo("version"));
        Api.as(member).body(Map.of("name", "Pris")).patch("/groups/{slug}", slug).then().statusCode(403);
        Api.as(admin).body(Map.of("visibility", "SECRET")).patch("/groups/{slug}", slug).then().statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
    }

    @Test
    void invitation_byMail_thenAccepted_remembersWhoInvited() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.INVITE);
        String inviteeEmail = Fixtures.unique("invitee") + "@exemple.test";

        Api.as(admin).body(Map.of("email", inviteeEmail, "message", "Rejoins-nous pour les ateliers !"))
                .post("/groups/{slug}/invitations", slug).then().statusCode(201)
                .body("email", equalTo(inviteeEmail)).body("expiresAt", notNullValue());
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(inviteeEmail);
        assertEquals(1, mails.size());
        assertTrue(Mailbox.body(mails.get(0)).contains("Rejoins-nous pour les ateliers"));
        assertTrue(Mailbox.body(mails.get(0)).contains("http://localhost:5173/invitations?token="));
        String token = Mailbox.token(mails.get(0));

        Api.anonymous().get("/invitations/{token}", token).then().statusCode(200)
                .body("group.slug", equalTo(slug)).body("invitedBy.id", equalTo((int) admin.id()))
                .body("message", equalTo("Rejoins-nous pour les ateliers !"));

        Api.anonymous().body(Map.of("email", inviteeEmail, "username", Fixtures.unique("inv"), "password", "une phrase de passe"))
                .post("/auth/register").then().statusCode(201);
        String access = Api.anonymous().body(Map.of("email", inviteeEmail, "password", "une phrase de passe"))
                .post("/auth/login").path("accessToken");
        Api.anonymous().post("/invitations/{token}/accept", token).then().statusCode(401);
        Api.as(access).post("/invitations/{token}/accept", token).then().statusCode(200)
                .body("group.slug", equalTo(slug))
                .body("membership.status", equalTo("ACTIVE"))
                .body("membership.invitedBy.id", equalTo((int) admin.id()));
        Api.as(access).get("/me").then().body("emailVerified", equalTo(true))
                .body("groups.slug", hasItem(slug));
        Api.as(access).post("/invitations/{token}/accept", token).then().statusCode(410);
        Api.anonymous().get("/invitations/{token}", token).then().statusCode(410);
        Api.anonymous().get("/invitations/{token}", "inconnu").then().statusCode(404);

        Api.as(admin).body(Map.of("email", inviteeEmail.toUpperCase())).post("/groups/{slug}/invitations", slug)
                .then().statusCode(409).body("errors[0].field", equalTo("email"));
    }

    @Test
    void invitation_needsAnActiveMember_andAValidEmail() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser outsider = fixtures.verifiedUser();
        Api.as(outsider).body(Map.of("email", "quelquun@exemple.test")).post("/groups/{slug}/invitations", slug)
                .then().statusCode(403);
        Api.as(admin).body(Map.of("email", "pas une adresse")).post("/groups/{slug}/invitations", slug)
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        fixtures.join(outsider, slug);
        Api.as(outsider).body(Map.of("email", Fixtures.unique("ami") + "@exemple.test")).post("/groups/{slug}/invitations", slug)
                .then().statusCode(201);
    }

    @Test
    void invitation_forAnotherAddress_needsAVerifiedAccount() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.INVITE);
        String inviteeEmail = Fixtures.unique("autre") + "@exemple.test";
        Api.as(admin).body(Map.of("email", inviteeEmail)).post("/groups/{slug}/invitations", slug).then().statusCode(201);
        fixtures.sendMail();
        String token = Mailbox.token(Mailbox.to(inviteeEmail).get(0));
        Api.as(fixtures.unverifiedUser()).post("/invitations/{token}/accept", token).then().statusCode(403)
                .body("type", endsWith("email-not-verified"));
        TestUser verified = fixtures.verifiedUser();
        Api.as(verified).post("/invitations/{token}/accept", token).then().statusCode(200);
        assertNotEquals(inviteeEmail, verified.email());
    }
}
