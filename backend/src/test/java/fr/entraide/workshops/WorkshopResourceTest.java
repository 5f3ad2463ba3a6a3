package fr.entraide.workshops;

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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
public class WorkshopResourceTest {

    @Inject
    Fixtures fixtures;

    /** For other test classes reusing the builders below outside CDI. */
    public WorkshopResourceTest withFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        return this;
    }

    record Setup(TestUser coordinator, TestUser facilitator, String slug) {
    }

    Setup setup() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser facilitator = member(slug);
        return new Setup(coordinator, facilitator, slug);
    }

    TestUser member(String slug) {
        TestUser user = fixtures.verifiedUser();
        fixtures.join(user, slug);
        return user;
    }

    static Map<String, Object> workshop(String title, Integer capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Codéveloppement : chacun apporte une problématique");
        body.put("startsAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        body.put("endsAt", Instant.now().plus(7, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString());
        body.put("onlineUrl", "https://visio.exemple.org/atelier");
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return body;
    }

    public long create(TestUser facilitator, String slug, Integer capacity) {
        return Api.as(facilitator).body(workshop("Atelier d'entraide", capacity)).post("/groups/{slug}/workshops", slug)
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    @Test
    void aMember_proposesAWorkshop_withSixSeatsByDefault() {
        Setup s = setup();
        Api.as(s.facilitator()).body(workshop("Accueillir les habitants", null)).post("/groups/{slug}/workshops", s.slug())
                .then().statusCode(201).header("Location", containsString("/api/v1/workshops/"))
                .body("capacity", equalTo(6)).body("seatsLeft", equalTo(6)).body("status", equalTo("OPEN"))
                .body("facilitator.id", equalTo((int) s.facilitator().id())).body("timezone", equalTo("Europe/Paris"))
                .body("myRegistration", nullValue());
        Api.anonymous().get("/groups/{slug}/workshops", s.slug()).then().statusCode(200)
                .body("items[0].title", equalTo("Accueillir les habitants"));
    }

    @Test
    void badWorkshops_areRefused_namingTheField() {
        Setup s = setup();
        Map<String, Object> tooBig = workshop("Sept", 7);
        Api.as(s.facilitator()).body(tooBig).post("/groups/{slug}/workshops", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
        Api.as(s.facilitator()).body(workshop("Zéro", 0)).post("/groups/{slug}/workshops", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
        Map<String, Object> backwards = workshop("À l'envers", 6);
        backwards.put("endsAt", Instant.now().plus(6, ChronoUnit.DAYS).toString());
        Api.as(s.facilitator()).body(backwards).post("/groups/{slug}/workshops", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        Map<String, Object> past = workshop("Passé", 6);
        past.put("startsAt", "2020-01-01T10:00:00Z");
        Api.as(s.facilitator()).body(past).post("/groups/{slug}/workshops", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("startsAt"));
        Map<String, Object> zone = workshop("Fuseau", 6);
        zone.put("timezone", "Europe/Atlantis");
        Api.as(s.facilitator()).body(zone).post("/groups/{slug}/workshops", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("timezone"));
        Map<String, Object> link = workshop("Lien", 6);
        link.put("onlineUrl", "javascript:alert(1)");
        Api.as(s.facilitator()).body(link).post("/groups/{slug}/workshops", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("onlineUrl"));
        Api.as(fixtures.verifiedUser()).body(workshop("Intrus", 6)).post("/groups/{slug}/workshops", s.slug()).then().statusCode(403);
    }

    @Test
    void signUp_confirmsUntilFull_thenWaitlists_andACancellationPromotesTheFirstWaiting() {
        Setup s = setup();
        long id = create(s.facilitator(), s.slug(), 2);
        TestUser first = member(s.slug());
        TestUser second = member(s.slug());
        TestUser third = member(s.slug());
        TestUser fourth = member(s.slug());
        Api.as(first).post("/workshops/{id}/registrations", id).then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("position", nullValue());
        Api.as(first).get("/notifications").then().body("items[0].type", equalTo("WORKSHOP_REGISTERED"))
                .body("items[0].title", containsString("est confirmée"));
        fixtures.sendMail();
        jakarta.mail.internet.MimeMessage confirmation = Mailbox.to(first.email()).stream()
                .filter(m -> Mailbox.subject(m).contains("Atelier d'entraide")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("a sign-up is confirmed by e-mail"));
        assertTrue(String.valueOf(Mailbox.attachment(confirmation, "text/calendar")).contains("UID:workshop-" + id + "@entraide"),
                "the confirmation carries the workshop's .ics");
        Api.as(first).post("/workshops/{id}/registrations", id).then().statusCode(409);
        Api.as(second).post("/workshops/{id}/registrations", id).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        Api.as(third).post("/workshops/{id}/registrations", id).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("position", equalTo(1));
        Api.as(third).get("/notifications").then().body("items[0].type", equalTo("WORKSHOP_WAITLISTED"))
                .body("items[0].title", containsString("(position 1)"));
        Api.as(fourth).post("/workshops/{id}/registrations", id).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("position", equalTo(2));
        Api.as(third).get("/workshops/{id}", id).then().body("status", equalTo("FULL")).body("seatsLeft", equalTo(0))
                .body("confirmedCount", equalTo(2)).body("waitlistCount", equalTo(2))
                .body("myRegistration.status", equalTo("WAITLISTED")).body("myRegistration.position", equalTo(1));
        fixtures.sendMail();
        Api.as(s.facilitator()).get("/notifications").then().body("items[0].type", equalTo("WORKSHOP_FULL"));

        Api.as(first).delete("/workshops/{id}/registrations/me", id).then().statusCode(204);
        Api.as(third).get("/workshops/{id}", id).then().body("myRegistration.status", equalTo("CONFIRMED"));
        Api.as(fourth).get("/workshops/{id}", id).then().body("myRegistration.position", equalTo(1));
        Api.as(first).get("/workshops/{id}", id).then().body("myRegistration", nullValue());
        Api.as(third).get("/notifications").then().body("items[0].type", equalTo("WORKSHOP_PROMOTED"))
                .body("items[0].title", containsString("confirmée"));
        fixtures.sendMail();
        jakarta.mail.internet.MimeMessage promotion = Mailbox.to(third.email()).stream()
                .filter(m -> Mailbox.subject(m).contains("Atelier d'entraide")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the promoted member is told by e-mail"));
        String ics = Mailbox.attachment(promotion, "text/calendar");
        assertTrue(ics != null && ics.contains("BEGIN:VEVENT") && ics.contains("UID:workshop-" + id + "@entraide"),
                "the promotion e-mail carries the workshop's .ics: " + ics);
        Api.as(first).delete("/workshops/{id}/registrations/me", id).then().statusCode(404);

        Api.as(second).get("/workshops/{id}/registrations", id).then().statusCode(200)
                .body("items.userId", contains((int) second.id(), (int) third.id(), (int) fourth.id()))
                .body("items.status", contains("CONFIRMED", "CONFIRMED", "WAITLISTED"))
                .body("items[2].position", equalTo(1));
        Api.as(fixtures.verifiedUser()).get("/workshops/{id}/registrations", id).then().statusCode(403);
    }

    @Test
    void theFacilitator_managesRegistrations_underTheSameCap_andExportsThem() {
        Setup s = setup();
        long id = create(s.facilitator(), s.slug(), 1);
        TestUser a = member(s.slug());
        TestUser b = member(s.slug());
        Api.as(s.facilitator()).body(Map.of("userId", a.id())).post("/workshops/{id}/registrations", id)
                .then().statusCode(201).body("status", equalTo("CONFIRMED"));
        Api.as(a).header("Accept-Language", "en").get("/notifications").then()
                .body("items[0].type", equalTo("WORKSHOP_REGISTERED"))
                .body("items[0].title", containsString("signed you up for"));
        Api.as(s.facilitator()).body(Map.of("userId", b.id())).post("/workshops/{id}/registrations", id)
                .then().statusCode(201).body("status", equalTo("WAITLISTED"));
        Api.as(a).body(Map.of("userId", b.id())).post("/workshops/{id}/registrations", id).then().statusCode(403);
        Api.as(s.facilitator()).body(Map.of("userId", fixtures.verifiedUser().id())).post("/workshops/{id}/registrations", id)
                .then().statusCode(400).body("errors[0].field", equalTo("userId"));
        String csv = Api.as(s.facilitator()).queryParam("format", "csv").get("/workshops/{id}/registrations", id)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFStatut;Position en attente;Nom;"), csv);
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(csv.contains("\r\n"), "lines end as spreadsheets expect");
        assertTrue(lines.get(1).startsWith("\"Confirmé·e\";;\"Membre " + a.username()), lines.get(1));
        assertTrue(lines.get(1).contains(";\"" + a.email() + "\";"), "the facilitator gets the e-mail: " + lines.get(1));
        assertTrue(lines.get(1).matches(".*;\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\r?$"), "a local time: " + lines.get(1));
        assertTrue(lines.get(2).startsWith("\"En liste d'attente\";1;"), lines.get(2));
        Api.as(a).queryParam("format", "csv").get("/workshops/{id}/registrations", id).then().statusCode(403);
        Api.as(s.facilitator()).delete("/workshops/{id}/registrations/{userId}", id, a.id()).then().statusCode(204);
        Api.as(b).get("/workshops/{id}", id).then().body("myRegistration.status", equalTo("CONFIRMED"));
    }

    @Test
    void capacity_cannotDropBelowTheConfirmed_andRaisingItPromotesInOrder() {
        Setup s = setup();
        long id = create(s.facilitator(), s.slug(), 2);
        TestUser a = member(s.slug());
        TestUser b = member(s.slug());
        TestUser c = member(s.slug());
        for (TestUser user : List.of(a, b, c)) {
            Api.as(user).post("/workshops/{id}/registrations", id).then().statusCode(201);
        }
        int version = Api.as(s.facilitator()).get("/workshops/{id}", id).path("version");
        Api.as(s.facilitator()).body(Map.of("capacity", 1, "version", version)).patch("/workshops/{id}", id)
                .then().statusCode(409).body("errors[0].field", equalTo("capacity"));
        Api.as(s.facilitator()).body(Map.of("capacity", 3, "version", version)).patch("/workshops/{id}", id)
                .then().statusCode(200).body("confirmedCount", equalTo(3)).body("status", equalTo("FULL"));
        Api.as(s.facilitator()).body(Map.of("capacity", 4, "version", version)).patch("/workshops/{id}", id)
                .then().statusCode(409).body("type", endsWith("stale-version"));
        Api.as(a).body(Map.of("title", "Pris", "version", version + 1)).patch("/workshops/{id}", id).then().statusCode(403);
    }

    @Test
    void cancelling_tellsEveryoneRegistered_andClosesSignUp() {
        Setup s = setup();
        long id = create(s.facilitator(), s.slug(), 1);
        TestUser a = member(s.slug());
        TestUser b = member(s.slug());
        Api.as(a).post("/workshops/{id}/registrations", id).then().statusCode(201);
        Api.as(b).post("/workshops/{id}/registrations", id).then().statusCode(201);
        Api.as(a).post("/workshops/{id}/cancel", id).then().statusCode(403);
        Api.as(s.facilitator()).post("/workshops/{id}/cancel", id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        for (TestUser told : List.of(a, b)) {
            Api.as(told).get("/notifications").then().body("items[0].type", equalTo("WORKSHOP_CANCELLED"));
        }
        Api.as(member(s.slug())).post("/workshops/{id}/registrations", id).then().statusCode(409)
                .body("detail", containsString("annulé"));
        Api.as(s.facilitator()).post("/workshops/{id}/cancel", id).then().statusCode(409);
    }

    @Test
    void aSeries_opensSeveralSlots_eachWithItsOwnCap() {
        Setup s = setup();
        Instant day = Instant.now().plus(10, ChronoUnit.DAYS);
        List<Map<String, String>> slots = List.of(
                Map.of("startsAt", day.toString(), "endsAt", day.plus(2, ChronoUnit.HOURS).toString()),
                Map.of("startsAt", day.plus(7, ChronoUnit.DAYS).toString(), "endsAt", day.plus(7, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString()),
                Map.of("startsAt", day.plus(14, ChronoUnit.DAYS).toString(), "endsAt", day.plus(14, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString()));
        Api.as(s.coordinator()).body(Map.of("title", "Ateliers d'entraide", "description", "3 créneaux pour commencer", "capacity", 6, "slots", slots))
                .post("/groups/{slug}/workshop-series", s.slug()).then().statusCode(201)
                .body("workshops", hasSize(3))
                .body("workshops.title", contains("Ateliers d'entraide (1/3)", "Ateliers d'entraide (2/3)", "Ateliers d'entraide (3/3)"))
                .body("workshops.capacity", contains(6, 6, 6));
        Api.as(s.facilitator()).body(Map.of("title", "Pas soucieux", "slots", slots)).post("/groups/{slug}/workshop-series", s.slug())
                .then().statusCode(403);
        List<Map<String, String>> bad = List.of(slots.get(0), Map.of("startsAt", day.toString(), "endsAt", day.minus(1, ChronoUnit.HOURS).toString()));
        Api.as(s.coordinator()).body(Map.of("title", "Mauvais", "slots", bad)).post("/groups/{slug}/workshop-series", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("slots[1].endsAt"));
        Api.as(s.coordinator()).body(Map.of("title", "Vide", "slots", List.of())).post("/groups/{slug}/workshop-series", s.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("slots"));
    }

    @Test
    void theSession_problemsVotesChoiceRecord_andTheJournal() {
        Setup s = setup();
        long id = create(s.facilitator(), s.slug(), 2);
        TestUser owner = member(s.slug());
        TestUser voter = member(s.slug());
        TestUser waiting = member(s.slug());
        for (TestUser user : List.of(owner, voter, waiting)) {
            Api.as(user).post("/workshops/{id}/registrations", id).then().statusCode(201);
        }
        long problem = Api.as(owner).body(Map.of("title", "Faire venir les ados", "description", "Le mercredi, personne"))
                .post("/workshops/{id}/problems", id).then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(waiting).body(Map.of("title", "Moi aussi")).post("/workshops/{id}/problems", id).then().statusCode(403);
        Api.as(voter).body(Map.of("title", "")).post("/workshops/{id}/problems", id).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        Api.as(voter).post("/workshops/problems/{p}/vote", problem).then().statusCode(204);
        Api.as(voter).post("/workshops/problems/{p}/vote", problem).then().statusCode(409);
        Api.as(waiting).post("/workshops/problems/{p}/vote", problem).then().statusCode(403);
        Api.as(voter).get("/workshops/{id}/problems", id).then().body("items[0].votes", equalTo(1)).body("items[0].votedByMe", equalTo(true));

        Api.as(owner).body(Map.of("problemId", problem)).put("/workshops/{id}/chosen-problem", id).then().statusCode(403);
        Api.as(s.facilitator()).body(Map.of("problemId", 999999)).put("/workshops/{id}/chosen-problem", id).then().statusCode(400)
                .body("errors[0].field", equalTo("problemId"));
        Api.as(s.facilitator()).body(Map.of("problemId", problem)).put("/workshops/{id}/chosen-problem", id).then().statusCode(200)
                .body("chosen", equalTo(true));

        Api.as(voter).body(Map.of("summary", "x", "version", 0)).put("/workshops/{id}/record", id).then().statusCode(403);
        Api.as(owner).body(Map.of("summary", "Nous avons exploré les horaires.", "insights", List.of("Ouvrir le samedi", "Co-construire avec le collège"),
                        "actionPlan", "Tester un créneau jeux vidéo", "version", 0))
                .put("/workshops/{id}/record", id).then().statusCode(200).body("insights", hasSize(2)).body("version", equalTo(0));
        Api.as(s.facilitator()).body(Map.of("summary", "écrasé ?", "version", 5)).put("/workshops/{id}/record", id)
                .then().statusCode(409).body("type", endsWith("stale-version"));
        Api.as(voter).get("/workshops/{id}/record", id).then().body("summary", equalTo("Nous avons exploré les horaires."))
                .body("updatedBy.id", equalTo((int) owner.id()));

        Api.as(voter).get("/groups/{slug}/workshop-journal", s.slug()).then().statusCode(200)
                .body("items[0].problem", equalTo("Faire venir les ados"))
                .body("items[0].insights", contains("Ouvrir le samedi", "Co-construire avec le collège"));
        String markdown = Api.as(voter).queryParam("format", "markdown").get("/groups/{slug}/workshop-journal", s.slug())
                .then().statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        assertTrue(markdown.contains("### Pistes d'inspiration retenues\n\n- Ouvrir le samedi"), markdown);
        assertTrue(markdown.contains("portée par Membre " + owner.username()), markdown);
        Api.as(fixtures.verifiedUser()).get("/groups/{slug}/workshop-journal", s.slug()).then().statusCode(403);
    }

    @Test
    void leavingTheGroup_freesTheSeat_andCancelledWorkshopsCannotBeEdited() {
        Setup s = setup();
        long id = create(s.facilitator(), s.slug(), 1);
        TestUser leaving = member(s.slug());
        TestUser waiting = member(s.slug());
        Api.as(leaving).post("/workshops/{id}/registrations", id).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        Api.as(waiting).post("/workshops/{id}/registrations", id).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        Api.as(leaving).delete("/groups/{slug}/members/{id}", s.slug(), leaving.id()).then().statusCode(204);
        Api.as(waiting).get("/workshops/{id}", id).then().body("myRegistration.status", equalTo("CONFIRMED"))
                .body("confirmedCount", equalTo(1)).body("waitlistCount", equalTo(0));

        Api.as(s.facilitator()).post("/workshops/{id}/cancel", id).then().statusCode(200);
        int version = Api.as(s.facilitator()).get("/workshops/{id}", id).path("version");
        Api.as(s.facilitator()).body(Map.of("capacity", 6, "version", version)).patch("/workshops/{id}", id)
                .then().statusCode(409).body("detail", containsString("annulé"));
    }
}
