package fr.entraide.workshops;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Concurrently;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sign-up invariant under fire: many simultaneous sign-ups against the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class WorkshopConcurrencyTest {

    private static final int PEOPLE = 50;

    @Inject
    Fixtures fixtures;

    @RepeatedTest(3)
    void fiftySimultaneousSignUps_confirmExactlyTheCapacity_andWaitlistTheRestInOrder() throws Exception {
        TestUser coordinator = fixtures.admin();
        String slug = fixtures.group(coordinator, Visibility.PUBLIC, JoinPolicy.OPEN);
        long workshop = new WorkshopResourceTest().withFixtures(fixtures).create(coordinator, slug, 6);
        List<TestUser> people = members(slug);
        List<Integer> statuses = Concurrently.fire(people.stream().map(user -> (Callable<Integer>) () ->
                Api.as(user).post("/workshops/{id}/registrations", workshop).then().extract().statusCode()).toList());
        assertEquals(PEOPLE, statuses.stream().filter(s -> s == 201).count(), "every sign-up is answered 201");
        assertInvariant(workshop, 6);
    }

    @RepeatedTest(2)
    void simultaneousSignUpsToASeriesOfThree_keepEachCap() throws Exception {
        TestUser coordinator = fixtures.admin();
        String slug = fixtures.group(coordinator, Visibility.PUBLIC, JoinPolicy.OPEN);
        WorkshopResourceTest helper = new WorkshopResourceTest().withFixtures(fixtures);
        List<Long> workshops = List.of(helper.create(coordinator, slug, 6), helper.create(coordinator, slug, 4), helper.create(coordinator, slug, 1));
        List<TestUser> people = members(slug);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (TestUser user : people) {
            for (Long workshop : workshops) {
                calls.add(() -> Api.as(user).post("/workshops/{id}/registrations", workshop).then().extract().statusCode());
            }
        }
        List<Integer> statuses = Concurrently.fire(calls);
        assertEquals(calls.size(), statuses.stream().filter(s -> s == 201).count(), "every sign-up is answered 201");
        assertInvariant(workshops.get(0), 6);
        assertInvariant(workshops.get(1), 4);
        assertInvariant(workshops.get(2), 1);
    }

    private List<TestUser> members(String slug) {
        List<TestUser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            TestUser user = fixtures.verifiedUser();
            fixtures.join(user, slug);
            people.add(user);
        }
        return people;
    }

    private static void assertInvariant(long workshop, int capacity) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Registration> all = Registration.list("workshopId = ?1 order by createdAt, id", workshop);
            long confirmed = all.stream().filter(r -> r.status == RegistrationStatus.CONFIRMED).count();
            assertEquals(capacity, confirmed, "confirmed registrations equal the capacity");
            assertEquals(PEOPLE, all.size(), "everyone registered exactly once");
            assertEquals(PEOPLE, all.stream().map(r -> r.userId).distinct().count());
            List<Registration> firstCome = all.subList(0, capacity);
            firstCome.forEach(r -> assertEquals(RegistrationStatus.CONFIRMED, r.status, "the first to come are the confirmed ones"));
            IntStream.range(capacity, PEOPLE).forEach(i -> assertEquals(RegistrationStatus.WAITLISTED, all.get(i).status));
        });
    }
}
