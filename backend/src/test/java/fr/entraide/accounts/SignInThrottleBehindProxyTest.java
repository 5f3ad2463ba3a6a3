package fr.entraide.accounts;

import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a reverse proxy that says who the client is, sign-in failures and reset requests are also counted per client address. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
@TestProfile(SignInThrottleBehindProxyTest.BehindProxy.class)
class SignInThrottleBehindProxyTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "app.login.max-failures-per-address", "3",
                    "app.mail-quotas.password-reset-per-client.max", "2");
        }
    }

    private static int loginFrom(String address) {
        return Api.anonymous().header("X-Forwarded-For", address)
                .body(Map.of("email", Fixtures.unique("inconnu") + "@nulle-part.test", "password", "au hasard"))
                .post("/auth/login").statusCode();
    }

    @Test
    void failuresOnManyAccountsFromOneAddress_areThrottled_otherAddressesAreNot() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 3; i++) {
            assertEquals(401, loginFrom(address));
        }
        assertEquals(429, loginFrom(address));
        assertEquals(401, loginFrom("192.0.2.77"));
    }

    @Test
    void resetRequestsForManyAddressesFromOneClient_areThrottled() {
        String client = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 2; i++) {
            Api.anonymous().header("X-Forwarded-For", client).body(Map.of("email", Fixtures.unique("cible") + "@exemple.test"))
                    .post("/auth/password-reset").then().statusCode(202);
        }
        Api.anonymous().header("X-Forwarded-For", client).body(Map.of("email", Fixtures.unique("cible") + "@exemple.test"))
                .post("/auth/password-reset").then().statusCode(429);
        Api.anonymous().header("X-Forwarded-For", "192.0.2.78").body(Map.of("email", Fixtures.unique("cible") + "@exemple.test"))
                .post("/auth/password-reset").then().statusCode(202);
    }
}
