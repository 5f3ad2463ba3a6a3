package fr.entraide.notifications;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Streams;
import fr.entraide.support.TestUser;
import fr.entraide.workshops.WorkshopResourceTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Live streams are capped per member and end with the member's sessions. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class LiveStreamsTest {

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/api/v1/notifications/stream")
    URL notificationsUrl;

    @TestHTTPResource("/api/v1/workshops")
    URL workshopsUrl;

    private static void endsSoon(Streams stream) throws Exception {
        stream.ended.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSixthStream_closesTheOldest() throws Exception {
        TestUser user = fixtures.verifiedUser();
        List<Streams> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                streams.add(Streams.open(notificationsUrl.toString(), user.token()));
            }
            Thread.sleep(500);
            assertFalse(streams.get(0).ended.isDone(), "five streams are allowed");
            streams.add(Streams.open(notificationsUrl.toString(), user.token()));
            endsSoon(streams.get(0));
            assertThrows(TimeoutException.class, () -> streams.get(1).ended.get(1, TimeUnit.SECONDS));
            assertFalse(streams.get(5).ended.isDone());
        } finally {
            streams.forEach(Streams::close);
        }
    }

    @Test
    void aPasswordChange_endsNotificationAndWorkshopStreams() throws Exception {
        TestUser coordinator = fixtures.admin();
        String slug = fixtures.group(coordinator, Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser user = fixtures.verifiedUser();
        fixtures.join(user, slug);
        long workshop = new WorkshopResourceTest().withFixtures(fixtures).create(user, slug, 6);
        TestUser bystander = fixtures.verifiedUser();
        Streams notifications = Streams.open(notificationsUrl.toString(), user.token());
        Streams session = Streams.open(workshopsUrl + "/" + workshop + "/session/stream", user.token());
        Streams other = Streams.open(notificationsUrl.toString(), bystander.token());
        try {
            Api.as(user).body(Map.of("currentPassword", user.password(), "newPassword", "un autre secret bien long"))
                    .post("/me/password").then().statusCode(204);
            endsSoon(notifications);
            endsSoon(session);
            assertFalse(other.ended.isDone(), "someone else's stream stays open");
        } finally {
            notifications.close();
            session.close();
            other.close();
        }
    }

    @Test
    void suspension_endsTheStreams() throws Exception {
        TestUser admin = fixtures.admin();
        TestUser user = fixtures.verifiedUser();
        Streams stream = Streams.open(notificationsUrl.toString(), user.token());
        try {
            Api.as(admin).body(Map.of("suspended", true)).patch("/admin/users/{id}", user.id()).then().statusCode(200);
            endsSoon(stream);
        } finally {
            stream.close();
        }
    }

    @Test
    void signingOut_endsTheStreams() throws Exception {
        TestUser user = fixtures.verifiedUser();
        var login = Api.anonymous().body(Map.of("email", user.email(), "password", user.password())).post("/auth/login");
        Streams stream = Streams.open(notificationsUrl.toString(), login.path("accessToken"));
        try {
            Api.anonymous().body(Map.of("refreshToken", login.path("refreshToken"))).post("/auth/logout").then().statusCode(204);
            endsSoon(stream);
        } finally {
            stream.close();
        }
    }
}
