package fr.entraide.common;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import fr.entraide.workshops.Workshop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polls, meetings and workshops are listed a page at a time, and an account creates them within a quota. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ListsAndQuotasTest {

    @Inject
    Fixtures fixtures;

    record Setup(TestUser coordinator, TestUser member, String slug) {
    }

    Setup setup() {
        TestUser coordinator = fixtures.admin();
        String slug = fixtures.group(coordinator, Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser member = fixtures.verifiedUser();
        fixtures.join(member, slug);
        return new Setup(coordinator, member, slug);
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    long poll(Setup s, String title) {
        return Api.as(s.member()).body(Map.of("title", title, "options", List.of(Map.of("label", "Oui"))))
                .post("/groups/{slug}/polls", s.slug()).then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    long meeting(Setup s, String title, int days) {
        return Api.as(s.coordinator()).body(Map.of("title", title, "kind", "REUNION", "startsAt", inDays(days).toString(),
                        "endsAt", inDays(days).plus(1, ChronoUnit.HOURS).toString()))
                .post("/groups/{slug}/meetings", s.slug()).then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    long workshop(Setup s, String title, int days) {
        return Api.as(s.member()).body(Map.of("title", title, "startsAt", inDays(days).toString(),
                        "endsAt", inDays(days).plus(2, ChronoUnit.HOURS).toString()))
                .post("/groups/{slug}/workshops", s.slug()).then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    /** Every title of a list, walked a page of {@code limit} at a time, and the number of pages. */
    static List<String> walk(String path, String slug, int limit, Function<Integer, Integer> pagesSeen) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.anonymous().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(path, slug).then().statusCode(200).extract();
            List<String> items = page.path("items.title");
            assertTrue(items.size() <= limit);
            titles.addAll(items);
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        pagesSeen.apply(pages);
        return titles;
    }

    @Test
    void polls_meetings_andWorkshops_comeAPageAtATime_inTheirOrder() {
        Setup s = setup();
        poll(s, "Sondage 1");
        poll(s, "Sondage 2");
        poll(s, "Sondage 3");
        assertEquals(List.of("Sondage 3", "Sondage 2", "Sondage 1"), walk("/groups/{slug}/polls", s.slug(), 2, pages -> {
            assertEquals(2, pages);
            return pages;
        }));

        meeting(s, "Rencontre C", 9);
        meeting(s, "Rencontre A", 3);
        meeting(s, "Rencontre B", 6);
        assertEquals(List.of("Rencontre A", "Rencontre B", "Rencontre C"), walk("/groups/{slug}/meetings", s.slug(), 2, p -> p));

        workshop(s, "Atelier plus tard", 10);
        workshop(s, "Atelier bientôt", 2);
        long old = workshop(s, "Atelier passé", 4);
        long older = workshop(s, "Atelier plus ancien", 5);
        QuarkusTransaction.requiringNew().run(() -> {
            Workshop.update("startsAt = ?1, endsAt = ?2 where id = ?3", inDays(-3), inDays(-3).plus(2, ChronoUnit.HOURS), old);
            Workshop.update("startsAt = ?1, endsAt = ?2 where id = ?3", inDays(-8), inDays(-8).plus(2, ChronoUnit.HOURS), older);
        });
        List<String> expected = List.of("Atelier bientôt", "Atelier plus tard", "Atelier passé", "Atelier plus ancien");
        assertEquals(expected, walk("/groups/{slug}/workshops", s.slug(), 1, p -> p));
        assertEquals(expected, walk("/groups/{slug}/workshops", s.slug(), 3, p -> p));
        assertEquals(expected, walk("/groups/{slug}/workshops", s.slug(), 20, pages -> {
            assertEquals(1, pages);
            return pages;
        }));

        Api.anonymous().queryParam("cursor", "pas-un-curseur").get("/groups/{slug}/workshops", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.anonymous().queryParam("limit", 0).get("/groups/{slug}/meetings", s.slug()).then().statusCode(400);
    }

    @Test
    void creatingPastTheQuota_is429WithRetryAfter_andNothingIsWritten() {
        Setup s = setup();
        for (int i = 1; i <= 20; i++) {
            poll(s, "Sondage " + i);
        }
        Api.as(s.member()).body(Map.of("title", "Un de trop", "options", List.of(Map.of("label", "Oui"))))
                .post("/groups/{slug}/polls", s.slug()).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("/problems/too-many-requests"));
        Api.anonymous().queryParam("limit", 100).get("/groups/{slug}/polls", s.slug()).then()
                .body("items.size()", equalTo(20));
        TestUser other = fixtures.verifiedUser();
        fixtures.join(other, s.slug());
        Api.as(other).body(Map.of("title", "Le mien", "options", List.of(Map.of("label", "Oui"))))
                .post("/groups/{slug}/polls", s.slug()).then().statusCode(201);

        for (int i = 1; i <= 20; i++) {
            workshop(s, "Atelier " + i, 3);
        }
        Api.as(s.member()).body(Map.of("title", "Un de trop", "startsAt", inDays(3).toString(),
                        "endsAt", inDays(3).plus(1, ChronoUnit.HOURS).toString()))
                .post("/groups/{slug}/workshops", s.slug()).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        for (int i = 1; i <= 20; i++) {
            meeting(s, "Rencontre " + i, 3);
        }
        Api.as(s.coordinator()).body(Map.of("title", "Une de trop", "kind", "REUNION", "startsAt", inDays(3).toString(),
                        "endsAt", inDays(3).plus(1, ChronoUnit.HOURS).toString()))
                .post("/groups/{slug}/meetings", s.slug()).then().statusCode(429);
    }
}
