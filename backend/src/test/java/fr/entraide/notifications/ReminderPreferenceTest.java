package fr.entraide.notifications;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.meetings.MeetingReminders;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import fr.entraide.workshops.WorkshopReminders;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Someone who asked for no e-mail (emailDigest NEVER) gets no reminder e-mail either. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ReminderPreferenceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingReminders meetingReminders;

    @Inject
    WorkshopReminders workshopReminders;

    @Test
    void remindersOfMeetingsAndWorkshops_respectNever() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser quiet = fixtures.verifiedUser();
        TestUser keen = fixtures.verifiedUser();
        fixtures.join(quiet, slug);
        fixtures.join(keen, slug);
        Api.as(quiet).body(Map.of("emailDigest", "NEVER")).patch("/me").then().statusCode(200);
        Instant tomorrow = Instant.now().plus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        long meeting = Api.as(coordinator).body(Map.of("title", "Réunion de demain", "kind", "REUNION", "startsAt", tomorrow.toString(),
                        "endsAt", tomorrow.plus(1, ChronoUnit.HOURS).toString()))
                .post("/groups/{slug}/meetings", slug).then().statusCode(201).extract().<Integer>path("id").longValue();
        long workshop = Api.as(keen).body(Map.of("title", "Atelier de demain", "startsAt", tomorrow.toString(),
                        "endsAt", tomorrow.plus(2, ChronoUnit.HOURS).toString()))
                .post("/groups/{slug}/workshops", slug).then().statusCode(201).extract().<Integer>path("id").longValue();
        for (TestUser user : new TestUser[]{quiet, keen}) {
            Api.as(user).body(Map.of("response", "YES")).put("/meetings/{id}/rsvp", meeting).then().statusCode(200);
        }
        Api.as(quiet).post("/workshops/{id}/registrations", workshop).then().statusCode(201);
        fixtures.sendMail();
        int quietBefore = Mailbox.to(quiet.email()).size();
        int keenBefore = Mailbox.to(keen.email()).size();

        meetingReminders.sendDue();
        workshopReminders.sendDue();
        fixtures.sendMail();

        assertEquals(quietBefore, Mailbox.to(quiet.email()).size(), "no reminder e-mail for NEVER");
        assertEquals(keenBefore + 1, Mailbox.to(keen.email()).size(), "the meeting's reminder for the others");
    }
}
