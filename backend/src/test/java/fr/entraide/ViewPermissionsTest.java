package fr.entraide;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * The views carry what the caller may do, decided by the feature policies on the real membership path: a group whose
 * coordinator is an ordinary member (not a site admin, who would pass every check), a member, an outsider, a visitor.
 */
@QuarkusTest
class ViewPermissionsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void eachViewSaysWhatItsReaderMayDo() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = fixtures.verifiedUser();
        TestUser member = fixtures.verifiedUser();
        TestUser outsider = fixtures.verifiedUser();
        fixtures.join(coordinator, slug);
        fixtures.join(member, slug);
        Api.as(admin).contentType(ContentType.JSON).body(Map.of("role", "COORDINATOR"))
                .patch("/groups/{slug}/members/{id}", slug, coordinator.id()).then().statusCode(200);

        Api.as(coordinator).get("/groups/{slug}", slug).then().statusCode(200)
                .body("can.takePart", equalTo(true)).body("can.coordinate", equalTo(true)).body("can.join", equalTo(false));
        Api.as(member).get("/groups/{slug}", slug).then()
                .body("can.takePart", equalTo(true)).body("can.coordinate", equalTo(false)).body("can.leave", equalTo(true));
        Api.as(outsider).get("/groups/{slug}", slug).then()
                .body("can.join", equalTo(true)).body("can.takePart", equalTo(false)).body("can.leave", equalTo(false));
        Api.anonymous().get("/groups/{slug}", slug).then().body("can.join", equalTo(false));

        Instant start = Instant.now().plus(9, ChronoUnit.DAYS);
        long workshop = Api.as(member).contentType(ContentType.JSON).body(Map.of("title", "Atelier", "startsAt", start.toString(),
                        "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "timezone", "Europe/Paris"))
                .post("/groups/{slug}/workshops", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(member).get("/workshops/{id}", workshop).then()
                .body("can.manage", equalTo(true)).body("can.register", equalTo(true)).body("can.bringProblem", equalTo(false));
        Api.as(coordinator).post("/workshops/{id}/registrations", workshop).then().statusCode(201);
        Api.as(coordinator).get("/workshops/{id}", workshop).then()
                .body("can.manage", equalTo(true)).body("can.register", equalTo(false)).body("can.withdraw", equalTo(true))
                .body("can.bringProblem", equalTo(true)).body("can.vote", equalTo(true));
        Api.as(outsider).get("/workshops/{id}", workshop).then()
                .body("can.register", equalTo(false)).body("can.manage", equalTo(false)).body("can.follow", equalTo(false));

        long meeting = Api.as(coordinator).contentType(ContentType.JSON).body(Map.of("title", "Réunion", "kind", "REUNION",
                        "startsAt", start.toString(), "endsAt", start.plus(1, ChronoUnit.HOURS).toString(), "timezone", "Europe/Paris"))
                .post("/groups/{slug}/meetings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(coordinator).get("/meetings/{id}", meeting).then().body("can.manage", equalTo(true)).body("can.answer", equalTo(true));
        Api.as(member).get("/meetings/{id}", meeting).then().body("can.manage", equalTo(false)).body("can.answer", equalTo(true));
        Api.as(outsider).get("/meetings/{id}", meeting).then().body("can.answer", equalTo(false)).body("can.seeAttendees", equalTo(false));

        long poll = Api.as(member).contentType(ContentType.JSON).body(Map.of("title", "Quand ?", "options", List.of(Map.of("label", "Mardi"))))
                .post("/groups/{slug}/polls", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(member).get("/polls/{id}", poll).then()
                .body("can.close", equalTo(true)).body("can.createMeeting", equalTo(false)).body("can.createWorkshop", equalTo(true));
        Api.as(coordinator).get("/polls/{id}", poll).then().body("can.createMeeting", equalTo(true));
        Api.as(outsider).get("/polls/{id}", poll).then().body("can.vote", equalTo(false)).body("can.close", equalTo(false));

        long thread = fixtures.thread(member, slug, "vie-du-groupe", "Un sujet", "Bonjour");
        Api.as(member).get("/threads/{id}", thread).then()
                .body("can.reply", equalTo(true)).body("can.edit", equalTo(true)).body("can.moderate", equalTo(false));
        Api.as(coordinator).get("/threads/{id}", thread).then().body("can.moderate", equalTo(true)).body("can.edit", equalTo(true));
        Api.as(outsider).get("/threads/{id}", thread).then().body("can.reply", equalTo(false)).body("can.edit", equalTo(false));
        Api.as(coordinator).get("/threads/{id}/posts", thread).then()
                .body("items[0].can.edit", equalTo(true)).body("items[0].can.report", equalTo(true));
        Api.as(member).get("/threads/{id}/posts", thread).then()
                .body("items[0].can.edit", equalTo(true)).body("items[0].can.report", equalTo(false));

        Api.as(coordinator).get("/groups/{slug}/roadmap", slug).then().body("can.manage", equalTo(true));
        Api.as(member).get("/groups/{slug}/roadmap", slug).then().body("can.manage", equalTo(false));
    }
}
