package fr.entraide.accounts;

import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class SignInThrottleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private static int login(String email, String password) {
        return Api.anonymous().body(Map.of("email", email, "password", password)).post("/auth/login").statusCode();
    }

    @Test
    void anAddressWithAControlCharacter_isRefusedNamingTheField_andGetsNoFreshTries() {
        TestUser victim = fixtures.verifiedUser();
        for (String variant : List.of(victim.email() + "\u0001", "\u000b" + victim.email(), victim.email() + "\u0085")) {
            Api.anonymous().body(Map.of("email", variant, "password", "au hasard"))
                    .post("/auth/login")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/validation"))
                    .body("errors[0].field", equalTo("email"));
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login("  " + victim.email().toUpperCase() + " ", "au hasard"));
        }
        assertEquals(429, login(victim.email(), victim.password()), "case and spaces make no new key");
    }

    @Test
    void aParallelBurst_isCountedTryByTry() throws Exception {
        TestUser victim = fixtures.verifiedUser();
        int burst = 16;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return login(victim.email(), "essai en rafale");
                }));
            }
            start.countDown();
            int wrongPassword = 0;
            int throttled = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                wrongPassword += status == 401 ? 1 : 0;
                throttled += status == 429 ? 1 : 0;
            }
            assertEquals(5, wrongPassword, "exactly max-failures tries reach the password check");
            assertEquals(burst - 5, throttled);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(429, login(victim.email(), victim.password()));
    }

    @Test
    void aSuccessfulSignIn_clearsTheAccountsFailures() {
        TestUser user = fixtures.verifiedUser();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, login(user.email(), "pas le bon"));
        }
        assertEquals(200, login(user.email(), user.password()));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(user.email(), "pas le bon"));
        }
        assertEquals(429, login(user.email(), user.password()));
    }

    @Test
    void xForwardedFor_isIgnoredUnlessProxyForwardingIsOn() {
        String forged = "203.0.113." + (1 + (int) (Math.random() * 250));
        Api.anonymous().header("X-Forwarded-For", forged)
                .body(Map.of("email", Fixtures.unique("personne") + "@nulle-part.test", "password", "au hasard"))
                .post("/auth/login").then().statusCode(401);
        List<?> keys = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select key from rate_limit where bucket = 'login-address'").getResultList());
        assertTrue(keys.stream().noneMatch(forged::equals), keys.toString());
        assertTrue(keys.stream().anyMatch(key -> "127.0.0.1".equals(key) || "0:0:0:0:0:0:0:1".equals(key)), keys.toString());
    }

    @Test
    void registration_storesTheCanonicalAddress() {
        String username = Fixtures.unique("canon.");
        Api.anonymous().body(Map.of("email", username.toUpperCase() + "@Mediatheque.TEST", "username", username,
                        "password", "une phrase de passe"))
                .post("/auth/register")
                .then().statusCode(201).body("email", equalTo(username + "@mediatheque.test"));
        Api.anonymous().body(Map.of("email", username + "@mediatheque.test", "username", Fixtures.unique("autre"),
                        "password", "une phrase de passe"))
                .post("/auth/register")
                .then().statusCode(409).body("errors.field", hasItem("email"));
    }
}
