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

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Scheduling a meeting is for coordinators, whether from the agenda or by closing a date poll. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class PollSchedulingRulesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aMember_cannotScheduleAMeeting_byClosingTheirOwnPoll_butMayMakeAWorkshop() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser author = fixtures.verifiedUser();
        fixtures.join(author, slug);
        long id = Api.as(author).body(Map.of("title", "Quand ?", "options", List.of(PollResourceTest.slot(7), PollResourceTest.slot(14))))
                .post("/groups/{slug}/polls", slug).then().statusCode(201)
                .body("can.close", equalTo(true)).body("can.createMeeting", equalTo(false)).body("can.createWorkshop", equalTo(true))
                .extract().<Integer>path("id").longValue();
        Api.as(coordinator).get("/polls/{id}", id).then().body("can.createMeeting", equalTo(true));
        int option = Api.anonymous().get("/polls/{id}", id).then().extract().path("options[0].id");

        Api.as(author).body(Map.of("chosenOptionId", option, "createAs", "MEETING")).post("/polls/{id}/close", id)
                .then().statusCode(403);
        Api.anonymous().get("/polls/{id}", id).then().body("closed", equalTo(false));
        Api.anonymous().get("/groups/{slug}/meetings", slug).then().body("items", hasSize(0));

        Api.as(author).body(Map.of("chosenOptionId", option, "createAs", "WORKSHOP")).post("/polls/{id}/close", id)
                .then().statusCode(200).body("createdWorkshopId", notNullValue());
    }
}
