package fr.entraide.polls;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class PollResourceTest {

    @Inject
    Fixtures fixtures;

    record Setup(TestUser coordinator, TestUser author, TestUser voter, String slug) {
    }

    Setup setup() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser author = fixtures.verifiedUser();
        TestUser voter = fixtures.verifiedUser();
        fixtures.join(author, slug);
        fixtures.join(voter, slug);
        return new Setup(coordinator, author, voter, slug);
    }

    static Map<String, String> slot(int days) {
        Instant start = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return Map.of("startsAt", start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString());
    }

    long poll(Setup s) {
        return Api.as(s.author()).body(Map.of("title", "Quel créneau pour l'atelier ?", "options", List.of(slot(7), slot(14), slot(21))))
                .post("/groups/{slug}/polls", s.slug()).then().statusCode(201)
                .body("options", hasSize(3)).body("closed", equalTo(false)).body("can.close", equalTo(true))
                .extract().<Integer>path("id").longValue();
    }

    @Test
    void badPolls_areRefused_namingTheField() {
        Setup s = setup();
        Api.as(s.author()).body(Map.of("title", "Sans option", "options", List.of())).post("/groups/{slug}/polls", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("options"));
        Api.as(s.author()).body(Map.of("title", "Option vide", "options", List.of(Map.of()))).post("/groups/{slug}/polls", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("options[0].label"));
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        Api.as(s.author()).body(Map.of("title", "À l'envers", "options", List.of(Map.of("startsAt", start.toString(),
                        "endsAt", start.minus(1, ChronoUnit.HOURS).toString()))))
                .post("/groups/{slug}/polls", s.slug()).then().statusCode(400).body("errors[0].field", equalTo("options[0].endsAt"));
        Api.as(fixtures.verifiedUser()).body(Map.of("title", "Intrus", "options", List.of(Map.of("label", "A"))))
                .post("/groups/{slug}/polls", s.slug()).then().statusCode(403);
    }

    @Test
    void members_answerEachOption_changeTheirMind_andSeeTheTallies() {
        Setup s = setup();
        long id = poll(s);
        List<Integer> options = Api.anonymous().get("/polls/{id}", id).then().extract().path("options.id");
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", options.get(0), "choice", "YES"),
                        Map.of("optionId", options.get(1), "choice", "IF_NEED_BE"), Map.of("optionId", options.get(2), "choice", "NO"))))
                .put("/polls/{id}/votes", id).then().statusCode(200)
                .body("options.yes", contains(1, 0, 0)).body("options.ifNeedBe", contains(0, 1, 0))
                .body("options.myChoice", contains("YES", "IF_NEED_BE", "NO")).body("voters", equalTo(1));
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", options.get(1), "choice", "YES"))))
                .put("/polls/{id}/votes", id).then().statusCode(200).body("options.yes", contains(0, 1, 0));

        long other = poll(s);
        int foreign = Api.anonymous().get("/polls/{id}", other).then().extract().path("options[0].id");
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", foreign, "choice", "YES"))))
                .put("/polls/{id}/votes", id).then().statusCode(400).body("errors[0].field", equalTo("votes[0].optionId"));
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", options.get(0), "choice", "PERHAPS"))))
                .put("/polls/{id}/votes", id).then().statusCode(400);
        Api.as(fixtures.verifiedUser()).body(Map.of("votes", List.of())).put("/polls/{id}/votes", id).then().statusCode(403);
        Api.anonymous().get("/groups/{slug}/polls", s.slug()).then().body("items", hasSize(2));
    }

    @Test
    void closing_byACoordinator_turnsTheChosenDateIntoAMeeting_andInvitesTheYes() {
        Setup s = setup();
        long id = poll(s);
        List<Integer> options = Api.anonymous().get("/polls/{id}", id).then().extract().path("options.id");
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", options.get(1), "choice", "YES"))))
                .put("/polls/{id}/votes", id).then().statusCode(200);
        TestUser saidNo = fixtures.verifiedUser();
        fixtures.join(saidNo, s.slug());
        Api.as(saidNo).body(Map.of("votes", List.of(Map.of("optionId", options.get(0), "choice", "YES"),
                        Map.of("optionId", options.get(1), "choice", "NO"))))
                .put("/polls/{id}/votes", id).then().statusCode(200);
        Api.as(s.voter()).body(Map.of("chosenOptionId", options.get(1))).post("/polls/{id}/close", id).then().statusCode(403);
        Api.as(s.author()).body(Map.of("chosenOptionId", 999999, "createAs", "MEETING")).post("/polls/{id}/close", id)
                .then().statusCode(400).body("errors[0].field", equalTo("chosenOptionId"));
        int meeting = Api.as(s.coordinator()).body(Map.of("chosenOptionId", options.get(1), "createAs", "MEETING", "kind", "REUNION",
                        "onlineUrl", "https://visio.exemple.org/gt"))
                .post("/polls/{id}/close", id).then().statusCode(200)
                .body("closed", equalTo(true)).body("chosenOptionId", equalTo(options.get(1))).body("createdMeetingId", notNullValue())
                .extract().path("createdMeetingId");
        Map<String, Object> chosen = Api.anonymous().get("/polls/{id}", id).then().extract().path("options[1]");
        Api.as(s.voter()).get("/meetings/{id}", meeting).then().statusCode(200)
                .body("title", equalTo("Quel créneau pour l'atelier ?")).body("onlineUrl", equalTo("https://visio.exemple.org/gt"))
                .body("startsAt", equalTo(chosen.get("startsAt"))).body("endsAt", equalTo(chosen.get("endsAt")));
        Api.as(s.voter()).get("/notifications").then().body("items[0].type", equalTo("POLL_DECIDED"))
                .body("items[0].link", equalTo("/groups/" + s.slug() + "/meetings/" + meeting));
        Api.as(saidNo).get("/notifications").then().statusCode(200).body("items", hasSize(0));
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", options.get(0), "choice", "YES"))))
                .put("/polls/{id}/votes", id).then().statusCode(409);
        Api.as(s.author()).body(Map.of()).post("/polls/{id}/close", id).then().statusCode(409);
    }

    @Test
    void closingIntoAMeeting_takesTheTitleAndDescriptionGiven_andCanMarkTheYesVotersAsComing() {
        Setup s = setup();
        long id = poll(s);
        List<Integer> options = Api.anonymous().get("/polls/{id}", id).then().extract().path("options.id");
        Api.as(s.voter()).body(Map.of("votes", List.of(Map.of("optionId", options.get(1), "choice", "YES"))))
                .put("/polls/{id}/votes", id).then().statusCode(200);
        TestUser saidNo = fixtures.verifiedUser();
        fixtures.join(saidNo, s.slug());
        Api.as(saidNo).body(Map.of("votes", List.of(Map.of("optionId", options.get(1), "choice", "NO"))))
                .put("/polls/{id}/votes", id).then().statusCode(200);
        Api.as(s.coordinator()).body(Map.of("chosenOptionId", options.get(1), "createAs", "MEETING", "title", " ".repeat(3) + "x".repeat(201)))
                .post("/polls/{id}/close", id).then().statusCode(400).body("errors[0].field", equalTo("title"));
        int meeting = Api.as(s.coordinator()).body(Map.of("chosenOptionId", options.get(1), "createAs", "MEETING",
                        "kind", "STUDY_DAY", "title", "  Journée d'étude de printemps ", "description", "Ordre du jour à venir",
                        "yesVotersComing", true))
                .post("/polls/{id}/close", id).then().statusCode(200).extract().path("createdMeetingId");
        Api.as(s.voter()).get("/meetings/{id}", meeting).then().statusCode(200)
                .body("title", equalTo("Journée d'étude de printemps")).body("description", equalTo("Ordre du jour à venir"))
                .body("kind", equalTo("STUDY_DAY")).body("yesCount", equalTo(1)).body("myResponse", equalTo("YES"));
        Api.as(saidNo).get("/meetings/{id}", meeting).then().body("myResponse", nullValue());
        Api.as(s.voter()).get("/notifications").then().body("items[0].type", equalTo("POLL_DECIDED"));
    }

    @Test
    void aCoordinator_canTurnTheChosenDateIntoAWorkshop() {
        Setup s = setup();
        long id = poll(s);
        int option = Api.anonymous().get("/polls/{id}", id).then().extract().path("options[0].id");
        Api.as(s.coordinator()).body(Map.of("chosenOptionId", option, "createAs", "WORKSHOP")).post("/polls/{id}/close", id)
                .then().statusCode(200).body("createdWorkshopId", notNullValue());
        Api.anonymous().get("/groups/{slug}/workshops", s.slug()).then().body("items[0].title", equalTo("Quel créneau pour l'atelier ?"))
                .body("items[0].capacity", equalTo(6));
    }
}
