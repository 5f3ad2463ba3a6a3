package fr.entraide.workshops;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Concurrently;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sign-up invariant under fire: many simultaneous sign-ups against the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class WorkshopConcurrencyTest {

    private static final int PEOPLE = 50;

    @Inject
    Fixtures fixtures;

    /** What one sign-up was answered: the status code, and the registration it announced. */
    private record Answer(long userId, int statusCode, String status, Integer position) {
    }

    @RepeatedTest(3)
    void fiftySimultaneousSignUps_confirmExactlyTheCapacity_andWaitlistTheRestInOrder() throws Exception {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        long workshop = new WorkshopResourceTest().withFixtures(fixtures).create(group.coordinator(), group.slug(), 6);
        List<TestUser> people = members(group.slug(), PEOPLE);
        List<Answer> answers = Concurrently.fire(people.stream().map(user -> signUp(user, workshop)).toList());
        assertAnswers(answers, workshop, 6);
        assertInvariant(workshop, 6, PEOPLE);
    }

    @RepeatedTest(2)
    void simultaneousSignUpsToASeriesOfThree_keepEachCap() throws Exception {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        WorkshopResourceTest helper = new WorkshopResourceTest().withFixtures(fixtures);
        List<Long> workshops = List.of(helper.create(group.coordinator(), group.slug(), 6),
                helper.create(group.coordinator(), group.slug(), 4), helper.create(group.coordinator(), group.slug(), 1));
        List<TestUser> people = members(group.slug(), PEOPLE);
        List<Callable<Answer>> calls = new ArrayList<>();
        for (Long workshop : workshops) {
            for (TestUser user : people) {
                calls.add(signUp(user, workshop));
            }
        }
        List<Answer> answers = Concurrently.fire(calls);
        int[] capacities = {6, 4, 1};
        for (int i = 0; i < workshops.size(); i++) {
            assertAnswers(answers.subList(i * PEOPLE, (i + 1) * PEOPLE), workshops.get(i), capacities[i]);
            assertInvariant(workshops.get(i), capacities[i], PEOPLE);
        }
    }

    /**
     * A confirmed member withdraws while a newcomer signs up: whichever comes first, the seat goes to the first on the
     * waitlist, the newcomer waits first in line, and the workshop stays exactly full.
     */
    @RepeatedTest(3)
    void aWithdrawalRacingASignUp_givesTheSeatToTheWaitlistOnce() throws Exception {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        long workshop = new WorkshopResourceTest().withFixtures(fixtures).create(group.coordinator(), group.slug(), 2);
        List<TestUser> people = members(group.slug(), 4);
        TestUser leaving = people.get(0);
        TestUser waiting = people.get(2);
        TestUser newcomer = people.get(3);
        for (TestUser user : people.subList(0, 3)) {
            signUp(user, workshop).call();
        }

        List<Callable<Object>> race = List.of(
                () -> Api.as(leaving).delete("/workshops/{id}/registrations/me", workshop).then().statusCode(204),
                () -> signUp(newcomer, workshop).call());
        List<Object> results = Concurrently.fire(race);
        Answer newcomers = (Answer) results.get(1);
        assertEquals(201, newcomers.statusCode());
        assertEquals("WAITLISTED", newcomers.status(), "the seat was promised to the waitlist: " + newcomers);

        QuarkusTransaction.requiringNew().run(() -> {
            List<Registration> all = Registration.list("workshopId = ?1 order by createdAt, id", workshop);
            assertEquals(Set.of(people.get(1).id(), waiting.id()), all.stream()
                    .filter(r -> r.status == RegistrationStatus.CONFIRMED).map(r -> r.userId).collect(Collectors.toSet()));
            assertEquals(List.of(newcomer.id()), all.stream()
                    .filter(r -> r.status == RegistrationStatus.WAITLISTED).map(r -> r.userId).toList());
        });
        Api.as(newcomer).get("/workshops/{id}", workshop).then().statusCode(200)
                .body("myRegistration.status", equalTo("WAITLISTED"))
                .body("myRegistration.position", equalTo(1))
                .body("seatsLeft", equalTo(0));
    }

    private static Callable<Answer> signUp(TestUser user, long workshop) {
        return () -> {
            ExtractableResponse<?> response = Api.as(user).post("/workshops/{id}/registrations", workshop).then().extract();
            return new Answer(user.id(), response.statusCode(), response.path("status"), response.path("position"));
        };
    }

    private List<TestUser> members(String slug, int count) {
        List<TestUser> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestUser user = fixtures.verifiedUser();
            fixtures.join(user, slug);
            people.add(user);
        }
        return people;
    }

    /** Each person was told what the database holds: the confirmed ones, and a distinct place in line for the rest. */
    private static void assertAnswers(List<Answer> answers, long workshop, int capacity) {
        assertEquals(List.of(), answers.stream().filter(a -> a.statusCode() != 201).toList(), "every sign-up is answered 201");
        Set<Long> toldConfirmed = answers.stream().filter(a -> "CONFIRMED".equals(a.status()))
                .map(Answer::userId).collect(Collectors.toSet());
        assertEquals(capacity, toldConfirmed.size(), "exactly the capacity is told CONFIRMED");
        List<Integer> positions = answers.stream().filter(a -> "WAITLISTED".equals(a.status()))
                .map(Answer::position).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, answers.size() - capacity).boxed().toList(), positions,
                "the others are told distinct places in line, 1 to " + (answers.size() - capacity));
        Set<Long> confirmedInDatabase = QuarkusTransaction.requiringNew().call(() -> Registration.<Registration>list(
                        "workshopId = ?1 and status = ?2", workshop, RegistrationStatus.CONFIRMED)
                .stream().map(r -> r.userId).collect(Collectors.toCollection(HashSet::new)));
        assertEquals(confirmedInDatabase, toldConfirmed, "those told CONFIRMED are the ones the database confirmed");
    }

    private static void assertInvariant(long workshop, int capacity, int people) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Registration> all = Registration.list("workshopId = ?1 order by createdAt, id", workshop);
            long confirmed = all.stream().filter(r -> r.status == RegistrationStatus.CONFIRMED).count();
            assertEquals(capacity, confirmed, "confirmed registrations equal the capacity");
            assertEquals(people, all.size(), "everyone registered exactly once");
            assertEquals(people, all.stream().map(r -> r.userId).distinct().count());
            List<Registration> firstCome = all.subList(0, capacity);
            firstCome.forEach(r -> assertEquals(RegistrationStatus.CONFIRMED, r.status, "the first to come are the confirmed ones"));
            IntStream.range(capacity, people).forEach(i -> assertEquals(RegistrationStatus.WAITLISTED, all.get(i).status));
        });
    }
}
