package fr.entraide.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Excerpts (ts_headline reads each whole text) are made for the page only, never for every match. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class SearchPlanTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SearchService search;

    @Test
    void excerpts_areMadeAboveTheLimit_forThePageOnly() throws Exception {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        String marker = Fixtures.unique("lanterne");
        for (int i = 0; i < 4; i++) {
            fixtures.thread(admin, slug, "vie-du-groupe", "Les " + marker + " " + i, "Encore une " + marker + " numéro " + i);
        }
        assertEquals(2, search.search(marker, null, Optional.empty(), 2).size());

        Object plan = search.query("explain (verbose, format json) ", marker, null, Optional.empty(), 2).getSingleResult();
        JsonNode root = new ObjectMapper().readTree(plan.toString()).get(0).get("Plan");
        List<JsonNode> limits = new ArrayList<>();
        collect(root, "Limit", limits);
        assertFalse(limits.isEmpty(), root.toPrettyString());
        for (JsonNode limit : limits) {
            assertFalse(limit.toString().contains("ts_headline"), "no excerpt below the limit: " + limit.toPrettyString());
        }
        assertTrue(root.toString().contains("ts_headline"), root.toPrettyString());
    }

    private static void collect(JsonNode node, String type, List<JsonNode> found) {
        if (type.equals(node.path("Node Type").asText())) {
            found.add(node);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, type, found);
        }
    }
}
