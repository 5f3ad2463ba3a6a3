package fr.entraide.home;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class HomeResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> slot(String title, int days) {
        Instant start = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        return Map.of("title", title, "description", "Ordre du jour", "startsAt", start.toString(),
                "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "onlineUrl", "https://visio.exemple.org/" + days);
    }

    @Test
    void givenAMemberOfAGroup_whenTheyOpenTheirSpace_thenTheySeeWhatIsNextForThem_andNothingOfOtherGroups() {
        TestGroup gt = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = gt.coordinator();
        TestUser member = fixtures.verifiedUser();
        fixtures.join(member, gt.slug());
        TestUser facilitator = fixtures.verifiedUser();
        fixtures.join(facilitator, gt.slug());

        // a workshop the member signed up for, and one they did not
        long workshop = Api.as(facilitator).body(slot("Atelier d'entraide", 8)).post("/groups/{slug}/workshops", gt.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(facilitator).body(slot("Autre atelier", 9)).post("/groups/{slug}/workshops", gt.slug()).then().statusCode(201);
        Api.as(member).post("/workshops/{id}/registrations", workshop).then().statusCode(201);

        // two meetings: the member said no to the second
        Map<String, Object> onboarding = new java.util.HashMap<>(slot("Séance de retrouvailles", 3));
        onboarding.put("kind", "ONBOARDING");
        long meeting = Api.as(coordinator).body(onboarding).post("/groups/{slug}/meetings", gt.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        Map<String, Object> declined = new java.util.HashMap<>(slot("Journée d'étude", 4));
        declined.put("kind", "STUDY_DAY");
        long no = Api.as(coordinator).body(declined).post("/groups/{slug}/meetings", gt.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(member).body(Map.of("response", "NO")).put("/meetings/{id}/rsvp", no).then().statusCode(200);

        // a thread the member tracks, with two posts they have not read
        long thread = fixtures.thread(coordinator, gt.slug(), "vie-du-groupe", "Présentez-vous", "Bienvenue à toutes et tous");
        Api.as(member).body(Map.of("level", "TRACKING")).put("/threads/{id}/subscription", thread).then().statusCode(200);
        fixtures.reply(coordinator, thread, "N'hésitez pas !");

        // an action the member carries, and one that is done
        long axis = Api.as(coordinator).body(Map.of("title", "Visibiliser")).post("/groups/{slug}/roadmap/axes", gt.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        long action = Api.as(coordinator).body(Map.of("title", "Carte des tiers-lieux", "status", "IN_PROGRESS"))
                .post("/roadmap/axes/{id}/actions", axis).then().statusCode(201).extract().<Integer>path("id").longValue();
        long done = Api.as(coordinator).body(Map.of("title", "Déjà fait", "status", "DONE"))
                .post("/roadmap/axes/{id}/actions", axis).then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(member).post("/roadmap/actions/{id}/volunteers", action).then().statusCode(201);
        Api.as(member).post("/roadmap/actions/{id}/volunteers", done).then().statusCode(201);

        // two polls: the member answered the second
        Instant day = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<Map<String, String>> options = List.of(Map.of("startsAt", day.toString(), "endsAt", day.plus(2, ChronoUnit.HOURS).toString()));
        long poll = Api.as(coordinator).body(Map.of("title", "Quel créneau ?", "options", options)).post("/groups/{slug}/polls", gt.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        long answered = Api.as(coordinator).body(Map.of("title", "Déjà répondu", "options", options)).post("/groups/{slug}/polls", gt.slug())
                .then().statusCode(201).extract().<Integer>path("id").longValue();
        int option = Api.anonymous().get("/polls/{id}", answered).then().extract().path("options[0].id");
        Api.as(member).body(Map.of("votes", List.of(Map.of("optionId", option, "choice", "YES")))).put("/polls/{id}/votes", answered)
                .then().statusCode(200);

        // another group's events never show
        TestGroup other = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        Map<String, Object> elsewhere = new java.util.HashMap<>(slot("Ailleurs", 2));
        elsewhere.put("kind", "REUNION");
        Api.as(other.coordinator()).body(elsewhere).post("/groups/{slug}/meetings", other.slug()).then().statusCode(201);

        Api.as(member).get("/me/home").then().statusCode(200)
                .body("workshops.id", contains((int) workshop))
                .body("workshops[0].myRegistration", equalTo("CONFIRMED"))
                .body("workshops[0].facilitating", equalTo(false))
                .body("workshops[0].onlineUrl", equalTo("https://visio.exemple.org/8"))
                .body("workshops[0].group.slug", equalTo(gt.slug()))
                .body("meetings.id", contains((int) meeting))
                .body("meetings[0].kind", equalTo("ONBOARDING"))
                .body("meetings[0].myResponse", nullValue())
                .body("meetings[0].onlineUrl", equalTo("https://visio.exemple.org/3"))
                .body("unreadThreads.id", hasItem((int) thread))
                .body("unreadThreads.find { it.id == " + thread + " }.unread", equalTo(2))
                .body("unreadThreads.find { it.id == " + thread + " }.group.slug", equalTo(gt.slug()))
                .body("actions.id", contains((int) action))
                .body("actions[0].status", equalTo("IN_PROGRESS"))
                .body("polls.id", contains((int) poll));

        // once read, the thread leaves the list
        long last = fixtures.reply(coordinator, thread, "Et bienvenue encore.");
        Api.as(member).body(Map.of("lastReadPostId", last)).post("/threads/{id}/read", thread).then().statusCode(204);
        Api.as(member).get("/me/home").then().statusCode(200).body("unreadThreads.id", not(hasItem((int) thread)));

        // the facilitator sees the workshops they lead; a newcomer with no group has an empty space
        Api.as(facilitator).get("/me/home").then().statusCode(200)
                .body("workshops", hasSize(2)).body("workshops[0].facilitating", equalTo(true))
                .body("workshops[0].myRegistration", nullValue());
        Api.as(fixtures.verifiedUser()).get("/me/home").then().statusCode(200)
                .body("workshops", empty()).body("meetings", empty()).body("unreadThreads", empty())
                .body("actions", empty()).body("polls", empty());
        Api.anonymous().get("/me/home").then().statusCode(401);
    }
}
