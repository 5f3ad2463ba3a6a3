package fr.entraide.audit;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The audit log of staff actions: written with each action, readable by the right people, never editable. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AuditResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private record Group(TestUser coordinator, String slug) {
    }

    private Group group() {
        TestUser coordinator = fixtures.admin();
        return new Group(coordinator, fixtures.group(coordinator, Visibility.PUBLIC, JoinPolicy.APPROVAL));
    }

    private record Discussion(TestUser author, long thread, long post) {
    }

    /** A member's thread with a reply. */
    private Discussion discussion(Group g, String title, String reply) {
        TestUser author = fixtures.verifiedUser();
        fixtures.addMember(author, g.slug());
        long thread = fixtures.thread(author, g.slug(), "vie-du-groupe", title, "Bonjour");
        return new Discussion(author, thread, fixtures.reply(author, thread, reply));
    }

    private static List<String> actions(TestUser reader, String slug) {
        return Api.as(reader).get("/groups/{slug}/audit", slug).then().statusCode(200).extract().path("items.action");
    }

    @Test
    void memberChanges_areRecorded_withActorObjectAndDetails_newestFirst() {
        Group g = group();
        TestUser applicant = fixtures.verifiedUser();
        TestUser rejected = fixtures.verifiedUser();
        fixtures.join(applicant, g.slug());
        fixtures.join(rejected, g.slug());
        String member = "/groups/{slug}/members/{id}";
        Api.as(g.coordinator()).body(Map.of("status", "ACTIVE")).patch(member, g.slug(), applicant.id()).then().statusCode(200);
        Api.as(g.coordinator()).delete(member, g.slug(), rejected.id()).then().statusCode(204);
        Api.as(g.coordinator()).body(Map.of("role", "COORDINATOR")).patch(member, g.slug(), applicant.id()).then().statusCode(200);
        Api.as(g.coordinator()).body(Map.of("role", "COORDINATOR")).patch(member, g.slug(), applicant.id()).then().statusCode(200);
        Api.as(g.coordinator()).body(Map.of("role", "MEMBER")).patch(member, g.slug(), applicant.id()).then().statusCode(200);
        Api.as(g.coordinator()).delete(member, g.slug(), applicant.id()).then().statusCode(204);

        Api.as(g.coordinator()).get("/groups/{slug}/audit", g.slug()).then().statusCode(200)
                .body("items.action", contains("member.removed", "member.role_changed", "member.role_changed",
                        "member.request_rejected", "member.approved"))
                .body("items[0].actor.id", equalTo((int) g.coordinator().id()))
                .body("items[0].actor.displayName", notNullValue())
                .body("items[0].object.type", equalTo("user"))
                .body("items[0].object.id", equalTo((int) applicant.id()))
                .body("items[0].at", notNullValue())
                .body("items[0].group.slug", equalTo(g.slug()))
                .body("items[1].details.from", equalTo("COORDINATOR"))
                .body("items[1].details.to", equalTo("MEMBER"));
        var first = Api.as(g.coordinator()).queryParam("limit", 2).get("/groups/{slug}/audit", g.slug());
        first.then().body("items", hasSize(2)).body("nextCursor", notNullValue());
        Api.as(g.coordinator()).queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/groups/{slug}/audit", g.slug()).then()
                .body("items.action", contains("member.role_changed", "member.request_rejected"));
    }

    @Test
    void forumAndRoadmapModeration_areRecorded() {
        Group g = group();
        Discussion d = discussion(g, "À déplacer", "Une réponse à retirer");
        TestUser author = d.author();
        long thread = d.thread();
        long post = d.post();
        int version = Api.as(g.coordinator()).get("/threads/{id}", thread).path("version");
        Api.as(g.coordinator()).body(Map.of("pinned", true, "locked", true, "category", "publications", "version", version))
                .patch("/threads/{id}", thread).then().statusCode(200);
        Api.as(g.coordinator()).delete("/posts/{id}", post).then().statusCode(204);
        Api.as(g.coordinator()).delete("/threads/{id}", thread).then().statusCode(204);

        long category = Api.as(g.coordinator()).body(Map.of("name", "Éphémère")).post("/groups/{slug}/categories", g.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(g.coordinator()).delete("/categories/{id}", category).then().statusCode(204);
        long axis = Api.as(g.coordinator()).body(Map.of("title", "Axe éphémère")).post("/groups/{slug}/roadmap/axes", g.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        long action = Api.as(g.coordinator()).body(Map.of("title", "Action éphémère")).post("/roadmap/axes/{id}/actions", axis)
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(g.coordinator()).delete("/roadmap/actions/{id}", action).then().statusCode(204);
        Api.as(g.coordinator()).delete("/roadmap/axes/{id}", axis).then().statusCode(204);

        Api.as(g.coordinator()).get("/groups/{slug}/audit", g.slug()).then().statusCode(200)
                .body("items.action", contains("roadmap.axis_deleted", "roadmap.action_deleted", "category.deleted",
                        "thread.deleted", "post.deleted", "thread.locked", "thread.pinned", "thread.moved"))
                .body("items.find { it.action == 'thread.moved' }.details.from", equalTo("vie-du-groupe"))
                .body("items.find { it.action == 'thread.moved' }.details.to", equalTo("publications"))
                .body("items.find { it.action == 'thread.deleted' }.object.id", equalTo((int) thread))
                .body("items.find { it.action == 'post.deleted' }.object.id", equalTo((int) post))
                .body("items.find { it.action == 'category.deleted' }.details.name", equalTo("Éphémère"))
                .body("items.find { it.action == 'roadmap.action_deleted' }.details.title", equalTo("Action éphémère"));

        // an author's own edits and deletions are not staff actions
        long own = fixtures.thread(author, g.slug(), "vie-du-groupe", "Le mien", "Bonjour");
        int ownVersion = Api.as(author).get("/threads/{id}", own).path("version");
        Api.as(author).body(Map.of("category", "publications", "version", ownVersion)).patch("/threads/{id}", own).then().statusCode(200);
        Api.as(author).delete("/posts/{id}", fixtures.reply(author, own, "oups")).then().statusCode(204);
        Api.as(g.coordinator()).get("/groups/{slug}/audit", g.slug()).then()
                .body("items[0].action", equalTo("roadmap.axis_deleted"));
    }

    @Test
    void siteActions_andPersonalDataExports_areInTheSiteWideLog_forSiteAdminsOnly() {
        TestUser admin = fixtures.admin();
        TestUser user = fixtures.verifiedUser();
        Api.as(admin).body(Map.of("suspended", true)).patch("/admin/users/{id}", user.id()).then().statusCode(200);
        Api.as(admin).body(Map.of("suspended", false)).patch("/admin/users/{id}", user.id()).then().statusCode(200);
        Api.as(admin).body(Map.of("siteRole", "ADMIN")).patch("/admin/users/{id}", user.id()).then().statusCode(200);
        Api.as(user).get("/me/export").then().statusCode(200);

        Api.as(admin).queryParam("limit", 100).get("/admin/audit").then().statusCode(200)
                .body("items.findAll { it.object.id == %d }.action".formatted(user.id()),
                        contains("account.exported", "user.site_role_changed", "user.reactivated", "user.suspended"))
                .body("items.find { it.action == 'account.exported' && it.object.id == %d }.actor.id".formatted(user.id()),
                        equalTo((int) user.id()))
                .body("items.find { it.action == 'user.site_role_changed' && it.object.id == %d }.details.to".formatted(user.id()),
                        equalTo("ADMIN"))
                .body("items.find { it.action == 'user.suspended' && it.object.id == %d }.group".formatted(user.id()), nullValue());

        Api.as(fixtures.verifiedUser()).get("/admin/audit").then().statusCode(403);
        Api.anonymous().get("/admin/audit").then().statusCode(401);
    }

    @Test
    void theGroupLog_isForItsCoordinatorsAndSiteAdmins() {
        Group g = group();
        TestUser member = fixtures.verifiedUser();
        fixtures.addMember(member, g.slug());
        Api.as(member).get("/groups/{slug}/audit", g.slug()).then().statusCode(403);
        Api.as(fixtures.verifiedUser()).get("/groups/{slug}/audit", g.slug()).then().statusCode(403);
        Api.anonymous().get("/groups/{slug}/audit", g.slug()).then().statusCode(401);
        Api.as(fixtures.admin()).get("/groups/{slug}/audit", g.slug()).then().statusCode(200);

        TestUser admin = fixtures.admin();
        String secret = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.INVITE);
        Api.as(fixtures.verifiedUser()).get("/groups/{slug}/audit", secret).then().statusCode(404);
        // another group's entries never show
        Api.as(admin).body(Map.of("role", "COORDINATOR")).patch("/groups/{slug}/members/{id}", secret, admin.id());
        assertEquals(List.of(), actions(g.coordinator(), g.slug()).stream().filter(a -> !a.startsWith("member.")).toList());
    }

    @Test
    void theLog_cannotBeChanged_neitherThroughTheApiNorInTheDatabase() {
        Group g = group();
        TestUser applicant = fixtures.verifiedUser();
        fixtures.join(applicant, g.slug());
        Api.as(g.coordinator()).body(Map.of("status", "ACTIVE")).patch("/groups/{slug}/members/{id}", g.slug(), applicant.id())
                .then().statusCode(200);
        long id = Api.as(g.coordinator()).get("/groups/{slug}/audit", g.slug()).then().extract().<Integer>path("items[0].id").longValue();

        // no route writes the log: whatever the method, no 2xx
        Api.outsideContract(g.coordinator()).delete("/groups/{slug}/audit", g.slug()).then().statusCode(anyOf(is(404), is(405)));
        Api.outsideContract(g.coordinator()).body(Map.of("action", "rien")).put("/groups/{slug}/audit", g.slug()).then().statusCode(anyOf(is(404), is(405)));
        Api.outsideContract(g.coordinator()).body(Map.of("action", "rien")).post("/groups/{slug}/audit", g.slug()).then().statusCode(anyOf(is(404), is(405)));
        Api.outsideContract(g.coordinator()).delete("/admin/audit").then().statusCode(anyOf(is(404), is(405)));

        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_entry set action = 'member.nothing' where id = :id").setParameter("id", id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_entry where id = :id").setParameter("id", id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("truncate audit_entry").executeUpdate()));
        Api.as(g.coordinator()).get("/groups/{slug}/audit", g.slug()).then()
                .body("items[0].id", equalTo((int) id)).body("items[0].action", equalTo("member.approved"));
    }

    @Test
    void moderationDecisions_areRecorded_includingTheAutomaticHiding() {
        Group g = group();
        long post = discussion(g, "Sujet", "Un message signalé").post();
        for (int i = 0; i < 3; i++) {
            TestUser reporter = fixtures.verifiedUser();
            fixtures.addMember(reporter, g.slug());
            Api.as(reporter).body(Map.of("reason", "SPAM")).post("/posts/{id}/reports", post).then().statusCode(201);
        }
        long report = Api.as(g.coordinator()).get("/groups/{slug}/reports", g.slug()).then().extract().<Integer>path("items[0].id").longValue();
        Api.as(g.coordinator()).body(Map.of("action", "KEEP")).post("/reports/{id}/resolve", report).then().statusCode(200);
        Api.as(g.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", report).then().statusCode(200);
        Api.as(g.coordinator()).get("/groups/{slug}/audit", g.slug()).then()
                .body("items.action", hasItems("moderation.post_auto_hidden", "moderation.post_restored", "moderation.post_hidden"))
                .body("items.find { it.action == 'moderation.post_auto_hidden' }.actor", nullValue())
                .body("items.find { it.action == 'moderation.post_hidden' }.object.type", equalTo("post"))
                .body("items.find { it.action == 'moderation.post_hidden' }.object.id", equalTo((int) post))
                .body("items.object.type", everyItem(not(equalTo("report"))))
                .body("items.action", not(hasItem("moderation.post_kept")));
    }
}
