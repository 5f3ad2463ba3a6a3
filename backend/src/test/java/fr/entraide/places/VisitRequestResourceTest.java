package fr.entraide.places;

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
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class VisitRequestResourceTest {

    @Inject
    Fixtures fixtures;

    record Setup(TestUser author, String referentEmail, long placeId, TestUser requester, TestGroup group) {
    }

    Setup setup(boolean visits, boolean testimony) {
        TestUser author = fixtures.verifiedUser();
        String referentEmail = Fixtures.unique("referente") + "@mediatheque.test";
        Map<String, Object> body = PlaceResourceTest.place("Médiathèque " + Fixtures.unique("visite"));
        body.put("visitsWelcome", visits);
        body.put("testimonyWelcome", testimony);
        body.put("referent", Map.of("name", "Claire", "role", "Directrice", "email", referentEmail, "phone", "0600000000"));
        long placeId = PlaceResourceTest.create(author, body);
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser requester = fixtures.verifiedUser();
        fixtures.addMember(requester, group.slug());
        return new Setup(author, referentEmail, placeId, requester, group);
    }

    static Map<String, Object> request(String kind, String group) {
        String date = LocalDate.now().plusDays(30).toString();
        return group == null
                ? Map.of("wishedDates", List.of(date), "groupSize", 6, "message", "Nous aimerions voir votre fablab.", "kind", kind)
                : Map.of("wishedDates", List.of(date, LocalDate.now().plusDays(37).toString()), "groupSize", 6,
                "message", "Nous aimerions voir votre fablab.", "kind", kind, "group", group);
    }

    MimeMessage lastTo(String email) {
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(email);
        assertFalse(mails.isEmpty(), "no mail to " + email);
        return mails.get(mails.size() - 1);
    }

    @Test
    void aMemberAsksToVisit_theReferentAcceptsFromTheMail_andALearningTripIsInTheAgendaWithTheRequesterComing() {
        Setup s = setup(true, false);
        String created = Api.as(s.requester()).body(request("VISIT", s.group().slug()))
                .post("/places/{id}/visit-requests", s.placeId()).then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("group.slug", equalTo(s.group().slug()))
                .body("referentEmail", nullValue())
                .extract().asString();
        assertFalse(created.contains(s.referentEmail()));

        MimeMessage mail = lastTo(s.referentEmail());
        String text = Mailbox.body(mail);
        assertTrue(Mailbox.subject(mail).startsWith("Demande de visite"), Mailbox.subject(mail));
        assertTrue(text.contains("/visit-requests/answer?token="), text);
        assertTrue(text.contains("Nous aimerions voir votre fablab."), text);
        String token = Mailbox.token(mail);

        String mine = Api.as(s.requester()).get("/me/visit-requests").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].referentEmail", nullValue()).extract().asString();
        assertFalse(mine.contains(s.referentEmail()));
        Api.anonymous().get("/visit-requests/{token}", token).then().statusCode(200)
                .body("placeName", containsString("Médiathèque"))
                .body("requester.id", equalTo((int) s.requester().id()))
                .body("groupSize", equalTo(6));

        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long meetingId = Api.anonymous().body(Map.of("startsAt", start.toString(), "endsAt", start.plus(3, ChronoUnit.HOURS).toString(),
                        "message", "Avec plaisir !"))
                .post("/visit-requests/{token}/accept", token).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("meetingId", notNullValue())
                .extract().<Number>path("meetingId").longValue();

        Api.as(s.requester()).get("/meetings/{id}", meetingId).then().statusCode(200)
                .body("kind", equalTo("LEARNING_TRIP"))
                .body("group.slug", equalTo(s.group().slug()))
                .body("location", containsString("1 place de la Mairie, 20000 Ajaccio"))
                .body("myResponse", equalTo("YES"))
                .body("yesCount", equalTo(1));
        Api.as(s.requester()).get("/groups/{slug}/meetings", s.group().slug()).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) meetingId));
        Api.as(s.requester()).get("/me/visit-requests").then().statusCode(200)
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].meetingId", equalTo((int) meetingId))
                .body("items[0].referentEmail", equalTo(s.referentEmail()));
        String accepted = Mailbox.body(lastTo(s.requester().email()));
        assertTrue(accepted.contains(s.referentEmail()), accepted);
        assertTrue(accepted.contains("Avec plaisir"), accepted);

        Api.anonymous().body(Map.of("startsAt", start.toString(), "endsAt", start.plus(3, ChronoUnit.HOURS).toString()))
                .post("/visit-requests/{token}/accept", token).then().statusCode(409).body("code", equalTo("visit.already-answered"));
        Api.as(s.author()).get("/places/{id}/visit-requests", s.placeId()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].referentEmail", nullValue());
        Api.as(fixtures.verifiedUser()).get("/places/{id}/visit-requests", s.placeId()).then().statusCode(403);
    }

    @Test
    void theReferentDeclines_andTheRequesterIsTold_inTheirLanguage() {
        Setup s = setup(false, true);
        Api.as(s.requester()).body(Map.of("locale", "en")).patch("/me").then().statusCode(200);
        Api.as(s.requester()).body(request("TESTIMONY", null)).post("/places/{id}/visit-requests", s.placeId()).then().statusCode(201);
        MimeMessage mail = lastTo(s.referentEmail());
        assertTrue(Mailbox.subject(mail).startsWith("Invitation à témoigner"), Mailbox.subject(mail));
        String token = Mailbox.token(mail);
        Api.anonymous().body(Map.of("message", "Pas avant l'été")).post("/visit-requests/{token}/decline", token).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("answerMessage", equalTo("Pas avant l'été"));
        MimeMessage declined = lastTo(s.requester().email());
        assertTrue(Mailbox.subject(declined).startsWith("Your request could not be accepted"), Mailbox.subject(declined));
        assertFalse(Mailbox.body(declined).contains(s.referentEmail()));
        Api.anonymous().body(Map.of()).post("/visit-requests/{token}/decline", token).then().statusCode(409);
    }

    @Test
    void rules_welcomeDatesGroupAndToken() {
        Setup s = setup(true, false);
        Api.as(s.requester()).body(request("TESTIMONY", null)).post("/places/{id}/visit-requests", s.placeId()).then().statusCode(409)
                .body("code", equalTo("visit.testimony-not-welcome"));
        Api.as(s.author()).body(request("VISIT", null)).post("/places/{id}/visit-requests", s.placeId()).then().statusCode(409);
        Api.as(s.requester()).body(Map.of("wishedDates", List.of("2020-01-01"), "groupSize", 3, "kind", "VISIT"))
                .post("/places/{id}/visit-requests", s.placeId()).then().statusCode(400).body("errors[0].field", equalTo("wishedDates"));
        Api.as(s.requester()).body(Map.of("wishedDates", List.of(LocalDate.now().plusDays(3).toString()), "groupSize", 0, "kind", "VISIT"))
                .post("/places/{id}/visit-requests", s.placeId()).then().statusCode(400).body("errors[0].field", equalTo("groupSize"));
        Api.as(fixtures.verifiedUser()).body(request("VISIT", s.group().slug())).post("/places/{id}/visit-requests", s.placeId())
                .then().statusCode(400).body("errors[0].field", equalTo("group"));
        Api.anonymous().body(request("VISIT", null)).post("/places/{id}/visit-requests", s.placeId()).then().statusCode(401);

        // without a group in the request, the referent must name one the requester belongs to
        Api.as(s.requester()).body(request("VISIT", null)).post("/places/{id}/visit-requests", s.placeId()).then().statusCode(201);
        String token = Mailbox.token(lastTo(s.referentEmail()));
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS);
        Map<String, Object> when = Map.of("startsAt", start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString());
        Api.anonymous().body(when).post("/visit-requests/{token}/accept", token).then().statusCode(400).body("errors[0].field", equalTo("group"));
        Api.anonymous().body(Map.of("startsAt", start.toString(), "endsAt", start.minus(2, ChronoUnit.HOURS).toString(), "group", s.group().slug()))
                .post("/visit-requests/{token}/accept", token).then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
        Api.anonymous().body(Map.of("startsAt", start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "group", s.group().slug()))
                .post("/visit-requests/{token}/accept", token).then().statusCode(200).body("group.slug", equalTo(s.group().slug()));
        Api.anonymous().get("/visit-requests/{token}", "pas-un-jeton").then().statusCode(404);
    }
}
