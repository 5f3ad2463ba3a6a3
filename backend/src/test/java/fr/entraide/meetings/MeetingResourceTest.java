package fr.entraide.meetings;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import fr.entraide.workshops.WorkshopResourceTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MeetingResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingReminders reminders;

    record Setup(TestUser coordinator, TestUser member, String slug) {
    }

    Setup setup(Visibility visibility) {
        TestGroup group = fixtures.coordinatedGroup(visibility, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser member = fixtures.verifiedUser();
        fixtures.addMember(member, slug);
        return new Setup(coordinator, member, slug);
    }

    static Map<String, Object> meeting(Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Séance de retrouvailles / intégration");
        body.put("description", "Ordre du jour : tour de table, feuille de route, ateliers d'entraide");
        body.put("kind", "ONBOARDING");
        body.put("startsAt", start.toString());
        body.put("endsAt", end.toString());
        body.put("onlineUrl", "https://teams.exemple.org/retrouvailles");
        return body;
    }

    long schedule(Setup s, Instant start, Instant end, Integer capacity) {
        Map<String, Object> body = meeting(start, end);
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return Api.as(s.coordinator()).body(body).post("/groups/{slug}/meetings", s.slug()).then().statusCode(201)
                .extract().<Integer>path("id").longValue();
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void coordinators_schedule_membersAreTold_andTheAgendaListsIt() {
        Setup s = setup(Visibility.PUBLIC);
        int id = Api.as(s.coordinator()).body(meeting(inDays(5), inDays(5).plus(2, ChronoUnit.HOURS))).post("/groups/{slug}/meetings", s.slug())
                .then().statusCode(201).header("Location", containsString("/api/v1/meetings/"))
                .body("kind", equalTo("ONBOARDING")).body("timezone", equalTo("Europe/Paris")).body("sequence", equalTo(0))
                .body("group.slug", equalTo(s.slug())).body("cancelled", equalTo(false)).extract().path("id");
        Api.anonymous().get("/groups/{slug}/meetings", s.slug()).then().body("items", hasSize(1));
        Api.as(s.member()).get("/notifications").then().body("items[0].type", equalTo("MEETING_SCHEDULED"))
                .body("items[0].title", containsString("Séance de retrouvailles"));
        fixtures.sendMail();
        jakarta.mail.internet.MimeMessage announcement = Mailbox.to(s.member().email()).stream()
                .filter(m -> Mailbox.subject(m).contains("Séance de retrouvailles")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("members are told by e-mail"));
        String ics = Mailbox.attachment(announcement, "text/calendar");
        assertTrue(ics != null && ics.contains("UID:meeting-" + id + "@entraide"), "the announcement carries the meeting's .ics: " + ics);
        Api.as(s.member()).body(meeting(inDays(5), inDays(6))).post("/groups/{slug}/meetings", s.slug()).then().statusCode(403);
    }

    @Test
    void descriptions_areMarkdown_renderedAndSanitisedAsPostsAre() {
        Setup s = setup(Visibility.PUBLIC);
        Map<String, Object> body = meeting(inDays(5), inDays(5).plus(2, ChronoUnit.HOURS));
        body.put("description", "## Ordre du jour\n\n- **tour de table**\n- [feuille de route](https://exemple.org/feuille)\n\n<script>alert(1)</script>");
        long id = Api.as(s.coordinator()).body(body).post("/groups/{slug}/meetings", s.slug()).then().statusCode(201)
                .body("description", startsWith("## Ordre du jour"))
                .extract().<Integer>path("id").longValue();
        String html = Api.anonymous().get("/meetings/{id}", id).then().statusCode(200).extract().path("descriptionHtml");
        assertTrue(html.contains("<h2>Ordre du jour</h2>") && html.contains("<strong>tour de table</strong>"), html);
        assertTrue(html.contains("href=\"https://exemple.org/feuille\""), html);
        assertFalse(html.contains("<script"), "raw HTML is never passed through: " + html);
        Api.anonymous().get("/groups/{slug}/meetings", s.slug()).then().body("items[0].descriptionHtml", containsString("<h2>"));

        Map<String, Object> bare = meeting(inDays(6), inDays(6).plus(1, ChronoUnit.HOURS));
        bare.remove("description");
        Api.as(s.coordinator()).body(bare).post("/groups/{slug}/meetings", s.slug()).then().statusCode(201)
                .body("descriptionHtml", equalTo(null));
    }

    @Test
    void badMeetings_areRefused_namingTheField() {
        Setup s = setup(Visibility.PUBLIC);
        Map<String, Object> backwards = meeting(inDays(5), inDays(4));
        Api.as(s.coordinator()).body(backwards).post("/groups/{slug}/meetings", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        Map<String, Object> zone = meeting(inDays(5), inDays(6));
        zone.put("timezone", "Mars/Olympus");
        Api.as(s.coordinator()).body(zone).post("/groups/{slug}/meetings", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("timezone"));
        Map<String, Object> link = meeting(inDays(5), inDays(6));
        link.put("onlineUrl", "ftp://exemple.org/visio");
        Api.as(s.coordinator()).body(link).post("/groups/{slug}/meetings", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("onlineUrl"));
        Map<String, Object> kind = meeting(inDays(5), inDays(6));
        kind.put("kind", "PARTY");
        Api.as(s.coordinator()).body(kind).post("/groups/{slug}/meetings", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void rsvp_countsAnswers_capsTheYes_andRefusesCancelledMeetings() {
        Setup s = setup(Visibility.PUBLIC);
        long id = schedule(s, inDays(3), inDays(3).plus(2, ChronoUnit.HOURS), 1);
        TestUser other = fixtures.verifiedUser();
        fixtures.join(other, s.slug());
        Api.as(s.member()).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", id).then().statusCode(200)
                .body("yesCount", equalTo(1)).body("myResponse", equalTo("YES"));
        Api.as(other).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", id).then().statusCode(409)
                .body("errors[0].field", equalTo("response"));
        Api.as(other).body(Map.of("response", "MAYBE")).put("/meetings/{id}/rsvp", id).then().statusCode(200)
                .body("maybeCount", equalTo(1));
        Api.as(s.member()).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", id).then().statusCode(200);
        Api.as(s.member()).body(Map.of("response", "SOMETIMES")).put("/meetings/{id}/rsvp", id).then().statusCode(400)
                .body("errors[0].field", equalTo("response"));
        Api.as(fixtures.verifiedUser()).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", id).then().statusCode(403);
        Api.as(s.member()).get("/meetings/{id}/attendees", id).then().statusCode(200)
                .body("items.response", hasItem("MAYBE")).body("items", hasSize(2));

        Api.as(s.member()).body(Map.of("reason", "x")).post("/meetings/{id}/cancel", id).then().statusCode(403);
        Api.as(s.coordinator()).body(Map.of("reason", "Salle indisponible")).post("/meetings/{id}/cancel", id).then().statusCode(200)
                .body("cancelled", equalTo(true)).body("sequence", equalTo(1));
        Api.as(other).get("/notifications").then().body("items[0].type", equalTo("MEETING_CANCELLED"));
        Api.as(other).body(Map.of("response", "NO")).put("/meetings/{id}/rsvp", id).then().statusCode(409);
    }

    @Test
    void edits_raiseTheSequence_tellThoseWhoAnswered_andUseOptimisticLocking() {
        Setup s = setup(Visibility.PUBLIC);
        long id = schedule(s, inDays(3), inDays(3).plus(2, ChronoUnit.HOURS), null);
        Api.as(s.member()).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", id).then().statusCode(200);
        int version = Api.as(s.coordinator()).get("/meetings/{id}", id).path("version");
        Api.as(s.coordinator()).body(Map.of("startsAt", inDays(4).toString(), "endsAt", inDays(4).plus(3, ChronoUnit.HOURS).toString(),
                        "version", version))
                .patch("/meetings/{id}", id).then().statusCode(200).body("sequence", equalTo(1));
        Api.as(s.member()).get("/notifications").then().body("items[0].type", equalTo("MEETING_UPDATED"));
        Api.as(s.coordinator()).body(Map.of("title", "Autre", "version", version)).patch("/meetings/{id}", id).then().statusCode(409);
        version = Api.as(s.coordinator()).get("/meetings/{id}", id).path("version");
        Api.as(s.coordinator()).body(Map.of("capacity", 0, "version", version)).patch("/meetings/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
    }

    @Test
    void ics_isParsedBackFieldByField_acrossTheDaylightSavingChange() throws Exception {
        Setup s = setup(Visibility.PUBLIC);
        // Paris moves from UTC+1 to UTC+2 at 01:00 UTC on 28 March 2027
        Instant start = Instant.parse("2027-03-28T00:30:00Z");
        Instant end = Instant.parse("2027-03-28T02:30:00Z");
        long id = schedule(s, start, end, null);
        String ics = Api.as(s.member()).get("/meetings/{id}/ics", id).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertTrue(ics.contains("DTSTART;TZID=Europe/Paris:20270328T013000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Paris:20270328T043000"), ics);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertTrue(calendar.getComponent("VTIMEZONE").map(c -> (VTimeZone) c).isPresent(), "VTIMEZONE included");
        assertEquals("meeting-" + id + "@entraide", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("CONFIRMED", event.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("Séance de retrouvailles / intégration", event.getSummary().getValue());
        assertEquals("https://teams.exemple.org/retrouvailles", event.getProperty("URL").orElseThrow().getValue());
        assertTrue(event.getDescription().getValue().contains("Ordre du jour"));
        Temporal dtStart = event.getDateTimeStart().getDate();
        Temporal dtEnd = event.getDateTimeEnd().getDate();
        assertEquals(start, ZonedDateTime.from(dtStart).toInstant());
        assertEquals(end, ZonedDateTime.from(dtEnd).toInstant());

        Api.as(s.coordinator()).body(Map.of("reason", "Report")).post("/meetings/{id}/cancel", id).then().statusCode(200);
        Calendar cancelled = new CalendarBuilder().build(new StringReader(Api.anonymous().get("/meetings/{id}/ics", id).asString()));
        VEvent after = cancelled.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("meeting-" + id + "@entraide", after.getUid().orElseThrow().getValue(), "the UID never changes");
        assertEquals("1", after.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("CANCELLED", after.getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void groupFeeds_arePublicForPublicGroups_andNeedAPersonalTokenForPrivateOnes() throws Exception {
        Setup open = setup(Visibility.PUBLIC);
        schedule(open, inDays(8), inDays(8).plus(1, ChronoUnit.HOURS), null);
        String feed = Api.anonymous().get("/groups/{slug}/calendar.ics", open.slug()).then().statusCode(200).extract().asString();
        assertEquals(1, new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT").size());

        Setup secret = setup(Visibility.PRIVATE);
        schedule(secret, inDays(9), inDays(9).plus(1, ChronoUnit.HOURS), null);
        Api.anonymous().get("/groups/{slug}/calendar.ics", secret.slug()).then().statusCode(404);
        String token = Api.as(secret.member()).get("/me/calendar-token").then().statusCode(200)
                .body("feedPathTemplate", containsString("calendar.ics?token=")).extract().path("token");
        assertEquals(token, Api.as(secret.member()).get("/me/calendar-token").path("token"), "the same until revoked");
        String privateFeed = Api.anonymous().queryParam("token", token).get("/groups/{slug}/calendar.ics", secret.slug())
                .then().statusCode(200).extract().asString();
        assertTrue(privateFeed.contains("BEGIN:VEVENT"));
        TestUser outsider = fixtures.verifiedUser();
        String outsiderToken = Api.as(outsider).get("/me/calendar-token").path("token");
        Api.anonymous().queryParam("token", outsiderToken).get("/groups/{slug}/calendar.ics", secret.slug()).then().statusCode(404);
        Api.as(secret.member()).delete("/me/calendar-token").then().statusCode(204);
        Api.anonymous().queryParam("token", token).get("/groups/{slug}/calendar.ics", secret.slug()).then().statusCode(404);
        assertFalse(token.equals(Api.as(secret.member()).get("/me/calendar-token").path("token")));
    }

    @Test
    void groupFeeds_carryTheWorkshopsToo_withTheirOwnLink_andCancelledOnesMarked() throws Exception {
        Setup s = setup(Visibility.PRIVATE);
        long meeting = schedule(s, inDays(8), inDays(8).plus(1, ChronoUnit.HOURS), null);
        WorkshopResourceTest workshops = new WorkshopResourceTest().withFixtures(fixtures);
        long kept = workshops.create(s.member(), s.slug(), 6);
        long cancelled = workshops.create(s.member(), s.slug(), 6);
        Api.as(s.coordinator()).post("/workshops/{id}/cancel", cancelled).then().statusCode(200);
        String token = Api.as(s.member()).get("/me/calendar-token").path("token");

        Calendar feed = new CalendarBuilder().build(new StringReader(Api.anonymous().queryParam("token", token)
                .get("/groups/{slug}/calendar.ics", s.slug()).then().statusCode(200).extract().asString()));
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent event : feed.<VEvent>getComponents("VEVENT")) {
            events.put(event.getUid().orElseThrow().getValue(), event);
        }
        assertEquals(java.util.Set.of("meeting-" + meeting + "@entraide", "workshop-" + kept + "@entraide",
                "workshop-" + cancelled + "@entraide"), events.keySet());
        VEvent workshop = events.get("workshop-" + kept + "@entraide");
        assertTrue(workshop.getDescription().getValue().contains("/groups/" + s.slug() + "/workshops/" + kept),
                "the event links to the workshop's page");
        assertTrue(workshop.toString().contains("visio.exemple.org/atelier"), "a member's feed has the online link");
        assertFalse(workshop.getProperty("STATUS").map(p -> p.getValue()).orElse("").equals("CANCELLED"));
        assertEquals("CANCELLED", events.get("workshop-" + cancelled + "@entraide").getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void theDayBeforeReminder_goesOnceToEachYes_evenWhenTheJobRunsTwice() {
        Setup s = setup(Visibility.PUBLIC);
        Instant tomorrow = Instant.now().plus(20, ChronoUnit.HOURS);
        long id = schedule(s, tomorrow, tomorrow.plus(2, ChronoUnit.HOURS), null);
        TestUser maybe = fixtures.verifiedUser();
        fixtures.join(maybe, s.slug());
        Api.as(s.member()).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", id).then().statusCode(200);
        Api.as(maybe).body(Map.of("response", "MAYBE")).put("/meetings/{id}/rsvp", id).then().statusCode(200);
        fixtures.sendMail();
        int before = Mailbox.to(s.member().email()).size();
        assertTrue(reminders.sendDue() >= 1);
        assertEquals(0, reminders.sendDue());
        fixtures.sendMail();
        List<jakarta.mail.internet.MimeMessage> mails = Mailbox.to(s.member().email());
        assertEquals(before + 1, mails.size());
        assertTrue(Mailbox.body(mails.get(mails.size() - 1)).contains("https://teams.exemple.org/retrouvailles"));
        assertEquals(Mailbox.to(maybe.email()).size(), Mailbox.to(maybe.email()).stream()
                .filter(m -> !Mailbox.body(m).contains("Rappel")).count(), "no reminder for a maybe");
    }

    @Test
    void badQueryParameters_andFarDates_are400s_andASuspendedMembersFeedStops() {
        Setup s = setup(Visibility.PRIVATE);
        Api.as(s.member()).queryParam("from", "hier").get("/groups/{slug}/meetings", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(s.member()).queryParam("status", "MAYBE").get("/groups/{slug}/members", s.slug()).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Api.as(s.coordinator()).body(meeting(Instant.parse("3000-01-01T10:00:00Z"), Instant.parse("3000-01-01T12:00:00Z")))
                .post("/groups/{slug}/meetings", s.slug()).then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        schedule(s, inDays(9), inDays(9).plus(1, ChronoUnit.HOURS), null);
        String token = Api.as(s.member()).get("/me/calendar-token").path("token");
        Api.anonymous().queryParam("token", token).get("/groups/{slug}/calendar.ics", s.slug()).then().statusCode(200);
        Api.as(fixtures.admin()).body(Map.of("suspended", true)).patch("/admin/users/{id}", s.member().id()).then().statusCode(200);
        Api.anonymous().queryParam("token", token).get("/groups/{slug}/calendar.ics", s.slug()).then().statusCode(404);
    }
}
