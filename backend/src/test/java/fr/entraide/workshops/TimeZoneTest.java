package fr.entraide.workshops;

import fr.entraide.meetings.Meeting;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time zones are regions; an offset left in the database never breaks a feed nor blocks a withdrawal. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class TimeZoneTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    WorkshopResourceTest workshops() {
        return new WorkshopResourceTest().withFixtures(fixtures);
    }

    @Test
    void offsets_areRefused_namingTheField_andRegionsAccepted() {
        WorkshopResourceTest.Setup s = workshops().setup();
        for (String offset : new String[]{"+02:00", "Z", "UTC+02:00", "GMT+2"}) {
            Map<String, Object> body = WorkshopResourceTest.workshop("Atelier", null);
            body.put("timezone", offset);
            Api.as(s.facilitator()).body(body).post("/groups/{slug}/workshops", s.slug())
                    .then().statusCode(400).body("errors[0].field", equalTo("timezone"));
            Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
            Api.as(s.coordinator()).body(Map.of("title", "Réunion", "kind", "REUNION", "startsAt", start.toString(),
                            "endsAt", start.plus(1, ChronoUnit.HOURS).toString(), "timezone", offset))
                    .post("/groups/{slug}/meetings", s.slug()).then().statusCode(400).body("errors[0].field", equalTo("timezone"));
        }
        Map<String, Object> body = WorkshopResourceTest.workshop("Atelier", null);
        body.put("timezone", "America/Montreal");
        Api.as(s.facilitator()).body(body).post("/groups/{slug}/workshops", s.slug())
                .then().statusCode(201).body("timezone", equalTo("America/Montreal"));
    }

    @Test
    void aWorkshopLeftWithAnOffset_neitherBreaksTheFeed_norBlocksAWithdrawal_andThePromotedAreStillTold() {
        WorkshopResourceTest.Setup s = workshops().setup();
        long id = workshops().create(s.facilitator(), s.slug(), 1);
        TestUser first = workshops().member(s.slug());
        TestUser second = workshops().member(s.slug());
        TestUser third = workshops().member(s.slug());
        Api.as(first).post("/workshops/{id}/registrations", id).then().statusCode(201);
        Api.as(second).post("/workshops/{id}/registrations", id).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        Api.as(third).post("/workshops/{id}/registrations", id).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> Workshop.update("timezone = '+02:00' where id = ?1", id));

        Api.anonymous().get("/groups/{slug}/calendar.ics", s.slug()).then().statusCode(200);
        Api.as(first).delete("/workshops/{id}/registrations/me", id).then().statusCode(204);
        Api.as(second).get("/workshops/{id}", id).then().body("myRegistration.status", equalTo("CONFIRMED"));
        fixtures.sendMail();
        assertTrue(Mailbox.to(second.email()).stream().anyMatch(m -> Mailbox.body(m).contains("Atelier")),
                "the promoted member is still e-mailed, without the calendar file");
        Api.as(second).delete("/groups/{slug}/members/{userId}", s.slug(), second.id()).then().statusCode(204);
        Api.as(third).get("/workshops/{id}", id).then().body("myRegistration.status", equalTo("CONFIRMED"));
    }

    @Test
    void theMigration_setsOffsetZonesToEuropeParis_andKeepsRegions() throws IOException {
        WorkshopResourceTest.Setup s = workshops().setup();
        long broken = workshops().create(s.facilitator(), s.slug(), null);
        long fine = workshops().create(s.facilitator(), s.slug(), null);
        QuarkusTransaction.requiringNew().run(() -> {
            Workshop.update("timezone = 'Z' where id = ?1", broken);
            Workshop.update("timezone = 'America/Montreal' where id = ?1", fine);
        });
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V12_1__region_time_zones.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    em.createNativeQuery(statement).executeUpdate();
                }
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("Europe/Paris", Workshop.<Workshop>findById(broken).timezone);
            assertEquals("America/Montreal", Workshop.<Workshop>findById(fine).timezone);
            assertEquals(0, Meeting.count("timezone like '+%' or timezone = 'Z'"));
        });
    }
}
