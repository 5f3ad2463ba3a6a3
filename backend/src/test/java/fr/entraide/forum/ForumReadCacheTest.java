package fr.entraide.forum;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forum's reads keep the group, the caller's membership and account in memory (ReadCaches): a change of them
 * must never leave someone seeing what is no longer theirs, whether this instance made it or another one (here: a
 * statement of its own, behind the application's back, which only the database's message tells).
 */
@QuarkusTest
class ForumReadCacheTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    private TestGroup group;
    private TestUser member;
    private long thread;

    /** A member of a private group who has read its forum, so that the caches hold what let them. */
    @BeforeEach
    void memberWhoReadAPrivateForum() {
        group = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.INVITE);
        member = fixtures.verifiedUser();
        fixtures.addMember(member, group.slug());
        thread = fixtures.thread(group.coordinator(), group.slug(), "vie-du-groupe", "Ordre du jour", "Bonjour");
        Api.as(member).get("/groups/{slug}/threads?category=vie-du-groupe", group.slug()).then().statusCode(200).body("items", hasSize(1));
        Api.as(member).get("/threads/{id}/posts", thread).then().statusCode(200).body("items", hasSize(1));
    }

    private void memberReadsNothing() {
        Api.as(member).get("/groups/{slug}/threads", group.slug()).then().statusCode(404);
        Api.as(member).get("/threads/{id}/posts", thread).then().statusCode(404);
    }

    @Test
    void memberRemovedFromAPrivateGroup_readsNothingOfItAtOnce() {
        Api.as(group.coordinator()).delete("/groups/{slug}/members/{userId}", group.slug(), member.id()).then().statusCode(204);
        memberReadsNothing();
    }

    @Test
    void suspendedAccount_isRefusedAtOnce_afterItsReadsWereCached() {
        Api.as(fixtures.admin()).body(Map.of("suspended", true)).patch("/admin/users/{id}", member.id()).then().statusCode(200);
        Api.as(member).get("/threads/{id}/posts", thread).then().statusCode(401).body("type", endsWith("account-suspended"));
    }

    @Test
    void changeMadeElsewhere_reachesTheCachesThroughTheDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement demote = connection.prepareStatement("update membership set status = 'PENDING' where user_id = ?")) {
            demote.setLong(1, member.id());
            assertEquals(1, demote.executeUpdate());
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Api.as(member).get("/threads/{id}/posts", thread).statusCode() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        memberReadsNothing();
    }
}
