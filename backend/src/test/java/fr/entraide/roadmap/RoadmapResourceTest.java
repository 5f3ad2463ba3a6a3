package fr.entraide.roadmap;

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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class RoadmapResourceTest {

    @Inject
    Fixtures fixtures;

    private record Board(TestUser coordinator, TestUser member, String slug, long axis) {
    }

    private Board board() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser member = fixtures.verifiedUser();
        fixtures.join(member, slug);
        long axis = Api.as(coordinator).body(Map.of("title", "Visibiliser les médiathèques Tiers-Lieux", "description", "Se faire connaître"))
                .post("/groups/{slug}/roadmap/axes", slug).then().statusCode(201)
                .body("position", equalTo(1)).body("actions", hasSize(0))
                .extract().<Integer>path("id").longValue();
        return new Board(coordinator, member, slug, axis);
    }

    private long action(Board b, String title, String status) {
        return Api.as(b.coordinator()).body(Map.of("title", title, "status", status))
                .post("/roadmap/axes/{id}/actions", b.axis()).then().statusCode(201)
                .extract().<Integer>path("id").longValue();
    }

    private int version(Board b, long action) {
        return Api.as(b.coordinator()).get("/roadmap/actions/{id}", action).path("action.version");
    }

    @Test
    void coordinators_buildTheRoadmap_andEveryReaderSeesIt() {
        Board b = board();
        var created = Api.as(b.coordinator()).body(Map.of("title", "Intégration dans la carte des tiers-lieux", "status", "ACTIONABLE",
                        "description", "Avec l'ANTL", "targetDate", "2026-12-31"))
                .post("/roadmap/axes/{id}/actions", b.axis());
        created.then().statusCode(201).header("Location", containsString("/api/v1/roadmap/actions/"))
                .body("status", equalTo("ACTIONABLE")).body("position", equalTo(1)).body("threadId", notNullValue())
                .body("targetDate", equalTo("2026-12-31"));
        Api.as(b.coordinator()).get("/roadmap/actions/{id}", created.<Integer>path("id"))
                .then().body("action.version", equalTo(created.<Integer>path("version")));
        long threadId = created.<Integer>path("threadId");
        Api.anonymous().get("/threads/{id}", threadId).then().statusCode(200)
                .body("category.slug", equalTo("feuille-de-route")).body("title", equalTo("Intégration dans la carte des tiers-lieux"));
        Api.anonymous().get("/threads/{id}/posts", threadId).then()
                .body("items[0].html", containsString("/groups/" + b.slug() + "/roadmap/actions/" + created.<Integer>path("id")));
        action(b, "Voyages apprenants", "WAITING");

        Api.anonymous().get("/groups/{slug}/roadmap", b.slug()).then().statusCode(200)
                .body("axes", hasSize(1))
                .body("axes[0].title", equalTo("Visibiliser les médiathèques Tiers-Lieux"))
                .body("axes[0].actions.title", contains("Intégration dans la carte des tiers-lieux", "Voyages apprenants"))
                .body("axes[0].actions[0].volunteers", hasSize(0))
                .body("can.manage", equalTo(false));
        Api.as(b.coordinator()).get("/groups/{slug}/roadmap", b.slug()).then().body("can.manage", equalTo(true));

        Api.as(b.member()).body(Map.of("title", "Non")).post("/groups/{slug}/roadmap/axes", b.slug()).then().statusCode(403);
        Api.as(b.member()).body(Map.of("title", "Non")).post("/roadmap/axes/{id}/actions", b.axis()).then().statusCode(403);
        Api.as(b.coordinator()).body(Map.of("title", " ")).post("/roadmap/axes/{id}/actions", b.axis())
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        Api.as(b.coordinator()).body(Map.of("title", "Statut inconnu", "status", "SOMEDAY")).post("/roadmap/axes/{id}/actions", b.axis())
                .then().statusCode(400).body("errors[0].field", equalTo("status"));

        TestUser admin = fixtures.admin();
        String secret = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.INVITE);
        Api.as(fixtures.verifiedUser()).get("/groups/{slug}/roadmap", secret).then().statusCode(404);
    }

    @Test
    void changes_areRecordedInTheHistory_withOptimisticLocking() {
        Board b = board();
        long action = action(b, "Représentation dans les réseaux", "ACTIONABLE");
        long otherAxis = Api.as(b.coordinator()).body(Map.of("title", "Animer la communauté"))
                .post("/groups/{slug}/roadmap/axes", b.slug()).then().extract().<Integer>path("id").longValue();

        int read = version(b, action);
        Api.as(b.coordinator()).body(Map.of("status", "IN_PROGRESS", "title", "Représentation dans les réseaux des tiers-lieux",
                        "version", read))
                .patch("/roadmap/actions/{id}", action).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("version", equalTo(read + 1));
        Api.as(b.coordinator()).body(Map.of("status", "DONE", "version", read)).patch("/roadmap/actions/{id}", action)
                .then().statusCode(409).body("type", endsWith("stale-version"));
        Api.as(b.coordinator()).body(Map.of("axisId", otherAxis, "version", version(b, action))).patch("/roadmap/actions/{id}", action)
                .then().statusCode(200).body("axisId", equalTo((int) otherAxis)).body("position", equalTo(1));
        Api.as(b.coordinator()).body(Map.of("status", "LATER", "version", version(b, action))).patch("/roadmap/actions/{id}", action)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.as(b.member()).body(Map.of("status", "DONE", "version", version(b, action))).patch("/roadmap/actions/{id}", action)
                .then().statusCode(403);

        Api.anonymous().get("/roadmap/actions/{id}/history", action).then().statusCode(200)
                .body("items.field", contains("axis", "status", "title"))
                .body("items[0].from", equalTo("Visibiliser les médiathèques Tiers-Lieux"))
                .body("items[0].to", equalTo("Animer la communauté"))
                .body("items[1].from", equalTo("ACTIONABLE")).body("items[1].to", equalTo("IN_PROGRESS"))
                .body("items[1].by.id", equalTo((int) b.coordinator().id()))
                .body("items[2].to", equalTo("Représentation dans les réseaux des tiers-lieux"));

        TestUser admin = fixtures.admin();
        String otherGroup = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        long foreignAxis = Api.as(admin).body(Map.of("title", "Ailleurs")).post("/groups/{slug}/roadmap/axes", otherGroup)
                .then().extract().<Integer>path("id").longValue();
        Api.as(b.coordinator()).body(Map.of("axisId", foreignAxis, "version", version(b, action))).patch("/roadmap/actions/{id}", action)
                .then().statusCode(400).body("errors[0].field", equalTo("axisId"));
    }

    @Test
    void actions_andAxes_canBeReordered() {
        Board b = board();
        long first = action(b, "Première", "WAITING");
        long second = action(b, "Deuxième", "WAITING");
        long third = action(b, "Troisième", "WAITING");
        Api.as(b.coordinator()).body(Map.of("position", 1, "version", version(b, third))).patch("/roadmap/actions/{id}", third)
                .then().statusCode(200).body("position", equalTo(1));
        Api.anonymous().get("/groups/{slug}/roadmap", b.slug()).then()
                .body("axes[0].actions.id", contains((int) third, (int) first, (int) second))
                .body("axes[0].actions.position", contains(1, 2, 3));

    }

    @Test
    void axes_reorder_andOnlyEmptyOnesAreDeleted() {
        Board b = board();
        long second = Api.as(b.coordinator()).body(Map.of("title", "Porter un plaidoyer"))
                .post("/groups/{slug}/roadmap/axes", b.slug()).then().body("position", equalTo(2)).extract().<Integer>path("id").longValue();
        Api.as(b.coordinator()).body(Map.of("position", 1)).patch("/roadmap/axes/{id}", second).then().statusCode(200)
                .body("position", equalTo(1));
        Api.anonymous().get("/groups/{slug}/roadmap", b.slug()).then().body("axes.id", contains((int) second, (int) b.axis()));
        action(b, "Une action", "WAITING");
        Api.as(b.coordinator()).delete("/roadmap/axes/{id}", b.axis()).then().statusCode(409).contentType("application/problem+json");
        Api.as(b.member()).delete("/roadmap/axes/{id}", second).then().statusCode(403);
        Api.as(b.coordinator()).delete("/roadmap/axes/{id}", second).then().statusCode(204);
        Api.anonymous().get("/groups/{slug}/roadmap", b.slug()).then().body("axes.position", contains(1));
        Api.as(b.coordinator()).body(Map.of("title", "x", "version", 42)).patch("/roadmap/axes/{id}", b.axis()).then().statusCode(409);
    }

    @Test
    void members_volunteer_andTheHistoryRemembers() {
        Board b = board();
        long action = action(b, "Répertoire en ligne de lieux", "ACTIONABLE");
        Api.as(b.member()).post("/roadmap/actions/{id}/volunteers", action).then().statusCode(201)
                .body("volunteers.id", contains((int) b.member().id()));
        Api.as(b.member()).post("/roadmap/actions/{id}/volunteers", action).then().statusCode(409);
        Api.as(b.member()).get("/roadmap/actions/{id}", action).then()
                .body("volunteering", equalTo(true)).body("can.manage", equalTo(false))
                .body("subscription", equalTo("WATCHING")).body("group.slug", equalTo(b.slug()));
        Api.as(fixtures.verifiedUser()).post("/roadmap/actions/{id}/volunteers", action).then().statusCode(403);
        Api.anonymous().post("/roadmap/actions/{id}/volunteers", action).then().statusCode(401);
        Api.as(b.member()).delete("/roadmap/actions/{id}/volunteers/me", action).then().statusCode(204);
        Api.as(b.member()).delete("/roadmap/actions/{id}/volunteers/me", action).then().statusCode(404);
        Api.anonymous().get("/roadmap/actions/{id}/history", action).then()
                .body("items.field", contains("volunteers", "volunteers"))
                .body("items[1].to", equalTo("Membre " + b.member().username()))
                .body("items[0].from", equalTo("Membre " + b.member().username()));
        Api.as(b.coordinator()).delete("/roadmap/actions/{id}", action).then().statusCode(204);
        Api.anonymous().get("/roadmap/actions/{id}", action).then().statusCode(404);
    }

    @Test
    void aNewStatus_isToldToVolunteersAndWatchers_notToWhoChangedIt() {
        Board b = board();
        long action = action(b, "Organiser des voyages apprenants", "ACTIONABLE");
        TestUser watcher = fixtures.verifiedUser();
        fixtures.join(watcher, b.slug());
        long threadId = Api.anonymous().get("/roadmap/actions/{id}", action).then().extract().<Integer>path("action.threadId").longValue();
        Api.as(watcher).body(Map.of("level", "WATCHING")).put("/threads/{id}/subscription", threadId).then().statusCode(200);
        Api.as(b.member()).post("/roadmap/actions/{id}/volunteers", action).then().statusCode(201);
        fixtures.settleForum();
        fixtures.sendMail();

        Api.as(b.coordinator()).body(Map.of("status", "IN_PROGRESS", "version", version(b, action)))
                .patch("/roadmap/actions/{id}", action).then().statusCode(200);
        fixtures.sendMail();
        for (TestUser told : List.of(b.member(), watcher)) {
            Api.as(told).get("/notifications").then()
                    .body("items[0].type", equalTo("ACTION_STATUS_CHANGED"))
                    .body("items[0].title", containsString("de activable à en cours"))
                    .body("items[0].link", equalTo("/groups/" + b.slug() + "/roadmap/actions/" + action));
            assertTrue(Mailbox.to(told.email()).stream().anyMatch(m -> Mailbox.body(m).contains("en cours")));
        }
        Api.as(b.coordinator()).get("/notifications").then().body("items.type", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("ACTION_STATUS_CHANGED")));
        Api.as(b.coordinator()).body(Map.of("title", "Organiser des voyages apprenants en 2027", "version", version(b, action)))
                .patch("/roadmap/actions/{id}", action).then().statusCode(200);
        List<String> types = Api.as(watcher).get("/notifications").then().extract().path("items.type");
        assertEquals(1, types.stream().filter("ACTION_STATUS_CHANGED"::equals).count(), "a new title alone is not a new status");
    }
}
