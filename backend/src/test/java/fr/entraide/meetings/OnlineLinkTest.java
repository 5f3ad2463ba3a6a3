package fr.entraide.meetings;

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
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Visio links of meetings and workshops are for the group's members: never in what a visitor can read. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OnlineLinkTest {

    static final String MEETING_LINK = "https://teams.exemple.org/retrouvailles";
    static final String WORKSHOP_LINK = "https://visio.exemple.org/atelier";

    @Inject
    Fixtures fixtures;

    @Test
    void aPublicGroupsVisioLinks_areForItsMembers_inTheApiAndTheFeeds() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser member = fixtures.verifiedUser();
        fixtures.join(member, slug);
        TestUser outsider = fixtures.verifiedUser();
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        long meeting = Api.as(coordinator).body(Map.of("title", "Réunion du groupe", "kind", "REUNION",
                        "startsAt", start.toString(), "endsAt", start.plus(1, ChronoUnit.HOURS).toString(), "onlineUrl", MEETING_LINK))
                .post("/groups/{slug}/meetings", slug).then().statusCode(201).extract().<Integer>path("id").longValue();
        long workshop = Api.as(member).body(Map.of("title", "Atelier", "startsAt", start.toString(),
                        "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "onlineUrl", WORKSHOP_LINK))
                .post("/groups/{slug}/workshops", slug).then().statusCode(201).extract().<Integer>path("id").longValue();

        for (var visitor : new io.restassured.specification.RequestSpecification[]{Api.anonymous(), Api.as(outsider)}) {
            visitor.get("/meetings/{id}", meeting).then().statusCode(200)
                    .body("onlineUrl", nullValue()).body("hasOnlineUrl", equalTo(true));
        }
        Api.anonymous().get("/groups/{slug}/meetings", slug).then().body("items[0].onlineUrl", nullValue())
                .body("items[0].hasOnlineUrl", equalTo(true));
        Api.anonymous().get("/workshops/{id}", workshop).then().body("onlineUrl", nullValue()).body("hasOnlineUrl", equalTo(true));
        Api.as(outsider).get("/groups/{slug}/workshops", slug).then().body("items[0].onlineUrl", nullValue());
        String publicFeed = Api.anonymous().get("/groups/{slug}/calendar.ics", slug).then().statusCode(200).extract().asString();
        assertTrue(publicFeed.contains("BEGIN:VEVENT"));
        assertFalse(publicFeed.contains("teams.exemple.org") || publicFeed.contains("visio.exemple.org"), publicFeed);
        String ics = Api.anonymous().get("/meetings/{id}/ics", meeting).then().statusCode(200).extract().asString();
        assertFalse(ics.contains("teams.exemple.org"), ics);

        Api.as(member).get("/meetings/{id}", meeting).then().body("onlineUrl", equalTo(MEETING_LINK));
        Api.as(member).get("/groups/{slug}/workshops", slug).then().body("items[0].onlineUrl", equalTo(WORKSHOP_LINK));
        Api.as(coordinator).get("/groups/{slug}/meetings", slug).then().body("items[0].onlineUrl", equalTo(MEETING_LINK));
        String token = Api.as(member).get("/me/calendar-token").path("token");
        String membersFeed = Api.anonymous().queryParam("token", token).get("/groups/{slug}/calendar.ics", slug)
                .then().statusCode(200).extract().asString();
        assertTrue(membersFeed.contains("teams.exemple.org") && membersFeed.contains("visio.exemple.org"), membersFeed);
        String outsiderToken = Api.as(outsider).get("/me/calendar-token").path("token");
        String outsidersFeed = Api.anonymous().queryParam("token", outsiderToken).get("/groups/{slug}/calendar.ics", slug)
                .then().statusCode(200).extract().asString();
        assertFalse(outsidersFeed.contains("teams.exemple.org"), outsidersFeed);
    }
}
