package fr.entraide.workshops;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.Streams;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class WorkshopSessionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WorkshopReminders reminders;

    @TestHTTPResource("/api/v1/workshops")
    URL workshopsUrl;

    private TestUser member(String slug) {
        TestUser user = fixtures.verifiedUser();
        fixtures.join(user, slug);
        return user;
    }

    @Test
    void theFacilitator_movesThroughThePhases_andParticipantsSeeItLive() throws Exception {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser facilitator = member(slug);
        TestUser participant = member(slug);
        long id = new WorkshopResourceTest().withFixtures(fixtures).create(facilitator, slug, 6);
        Api.as(participant).post("/workshops/{id}/registrations", id).then().statusCode(201);
        Api.as(participant).get("/workshops/{id}/session", id).then().statusCode(200)
                .body("phase", equalTo(null)).body("phases", hasSize(6))
                .body("phases[3].phase", equalTo("CONSULTATION")).body("phases[3].suggestedMinutes", equalTo(25));

        Streams stream = Streams.open(workshopsUrl + "/" + id + "/session/stream", participant.token());
        String initial = stream.nextData("session");
        assertTrue(initial.contains("\"phase\":null"), initial);
        Api.as(participant).body(Map.of("phase", "EXPOSE")).put("/workshops/{id}/phase", id).then().statusCode(403);
        Api.as(facilitator).body(Map.of("phase", "DEBAT")).put("/workshops/{id}/phase", id).then().statusCode(400)
                .body("errors[0].field", equalTo("phase"));
        var moved = Api.as(facilitator).body(Map.of("phase", "CONSULTATION", "minutes", 20)).put("/workshops/{id}/phase", id);
        moved.then().statusCode(200).body("phase", equalTo("CONSULTATION")).body("phaseEndsAt", notNullValue());
        Instant started = Instant.parse(moved.path("phaseStartedAt"));
        Instant ends = Instant.parse(moved.path("phaseEndsAt"));
        assertEquals(Duration.ofMinutes(20), Duration.between(started, ends));

        String live = stream.nextData("session");
        stream.close();
        assertTrue(live.contains("\"phase\":\"CONSULTATION\""), live);
    }

    @Test
    void registering_watchesTheWorkshopsDiscussion() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser participant = member(slug);
        long id = new WorkshopResourceTest().withFixtures(fixtures).create(coordinator, slug, 6);
        int thread = Api.anonymous().get("/workshops/{id}", id).then().body("threadId", notNullValue()).extract().path("threadId");
        Api.anonymous().get("/threads/{id}", thread).then().body("category.slug", equalTo("co-developpement"));
        Api.as(participant).get("/threads/{id}", thread).then().body("subscription", equalTo("NORMAL"));
        Api.as(participant).post("/workshops/{id}/registrations", id).then().statusCode(201);
        Api.as(participant).get("/threads/{id}", thread).then().body("subscription", equalTo("WATCHING"));
    }

    @Test
    void theDayBeforeReminder_goesOnceToEachConfirmedParticipant() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        Instant tomorrow = Instant.now().plus(20, ChronoUnit.HOURS);
        long id = Api.as(coordinator).body(Map.of("title", "Atelier de demain", "startsAt", tomorrow.toString(),
                        "endsAt", tomorrow.plus(2, ChronoUnit.HOURS).toString(), "capacity", 1, "onlineUrl", "https://visio.exemple.org/demain"))
                .post("/groups/{slug}/workshops", slug).then().statusCode(201).extract().<Integer>path("id").longValue();
        TestUser confirmed = member(slug);
        TestUser waiting = member(slug);
        Api.as(confirmed).post("/workshops/{id}/registrations", id).then().statusCode(201);
        Api.as(waiting).post("/workshops/{id}/registrations", id).then().statusCode(201);
        fixtures.sendMail(); // the sign-up confirmations, before the reminders
        int confirmedBefore = Mailbox.to(confirmed.email()).size();
        int waitingBefore = Mailbox.to(waiting.email()).size();

        assertTrue(reminders.sendDue() >= 1);
        assertEquals(0, reminders.sendDue(), "a second run sends nothing again");
        fixtures.sendMail();
        assertEquals(confirmedBefore + 1, Mailbox.to(confirmed.email()).size());
        assertTrue(Mailbox.body(Mailbox.to(confirmed.email()).get(confirmedBefore)).contains("https://visio.exemple.org/demain"));
        assertEquals(waitingBefore, Mailbox.to(waiting.email()).size(), "no reminder for the waitlist");
    }
}
