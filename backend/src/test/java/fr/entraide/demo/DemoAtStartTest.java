package fr.entraide.demo;

import fr.entraide.accounts.User;
import fr.entraide.groups.Group;
import fr.entraide.support.Api;
import fr.entraide.support.GreenMailResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With app.demo.enabled, an empty database (the tests' is emptied at every start) gets the demo group at start;
 * a database that already has groups is left alone, so a restart never loads it twice.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
@TestProfile(DemoAtStartTest.DemoEnabled.class)
class DemoAtStartTest {

    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo.enabled", "true");
        }
    }

    @Inject
    DemoData demo;

    @Test
    void anEmptyDatabase_getsTheDemoGroupAtStart_andANonEmptyOneIsLeftAlone() {
        Api.anonymous().get("/groups/mediatheques-tiers-lieux").then().statusCode(200).body("memberCount", equalTo(5));
        long accounts = QuarkusTransaction.requiringNew().call(() -> User.count());
        long groups = QuarkusTransaction.requiringNew().call(() -> Group.count());

        demo.onStart(null);

        assertEquals(accounts, QuarkusTransaction.requiringNew().call(() -> User.count()), "no account added");
        assertEquals(groups, QuarkusTransaction.requiringNew().call(() -> Group.count()), "no group added");
    }
}
