package fr.entraide.demo;

import fr.entraide.accounts.User;
import fr.entraide.support.Api;
import fr.entraide.support.GreenMailResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class DemoDataTest {

    @Inject
    DemoData demo;

    private static long demoAccounts() {
        return QuarkusTransaction.requiringNew().call(() -> User.count("email like ?1", "%" + DemoData.EMAIL_DOMAIN));
    }

    @Test
    void theFoundingThread_loadsWithItsPeopleAndPosts() {
        assertEquals(0, demoAccounts(), "with app.demo.enabled off (the test profile), nothing was loaded at start");
        demo.onStart(null);
        assertEquals(0, demoAccounts(), "nor when the start-up guard is asked again");
        QuarkusTransaction.requiringNew().run(demo::load);
        String token = Api.anonymous().body(Map.of("email", "mathilde.s" + DemoData.EMAIL_DOMAIN, "password", "entraide-demo"))
                .post("/auth/login").then().statusCode(200).extract().path("accessToken");
        Api.as(token).get("/groups/mediatheques-tiers-lieux").then().statusCode(200)
                .body("name", equalTo("GT médiathèques tiers-lieux"))
                .body("memberCount", equalTo(5))
                .body("myRole", equalTo("COORDINATOR"));
        Api.anonymous().get("/groups/mediatheques-tiers-lieux/categories").then()
                .body("items", hasSize(6))
                .body("items.find { it.slug == 'vie-du-groupe' }.threadCount", equalTo(1));
        int thread = Api.anonymous().queryParam("category", "vie-du-groupe").get("/groups/mediatheques-tiers-lieux/threads").then()
                .body("items", hasSize(1))
                .body("items[0].pinned", equalTo(true))
                .body("items[0].replyCount", equalTo(8))
                .extract().path("items[0].id");
        Api.anonymous().get("/threads/{id}/posts", thread).then()
                .body("items", hasSize(9))
                .body("items.author.username", hasItems("mathilde.s", "Angelique_Robert", "Audrey_Beucher", "Fatou_Nianghane"))
                .body("items[1].html", containsString("<strong>Intégration des médiathèques dans la carte des tiers-lieux"))
                .body("items[6].body", containsString("@Audrey_Beucher"));
        Api.anonymous().get("/groups/mediatheques-tiers-lieux/roadmap").then()
                .body("axes.title", contains("Visibiliser les médiathèques Tiers-Lieux",
                        "Animer et faire vivre la communauté des Médiathèques Tiers-Lieux",
                        "Porter un plaidoyer en faveur des médiathèques Tiers-Lieux"))
                .body("axes[0].actions", hasSize(5))
                .body("axes[1].actions.find { it.title.startsWith('Recherche de financements') }.status", equalTo("IN_PROGRESS"))
                .body("axes.actions.flatten().findAll { it.status == 'ACTIONABLE' }", hasSize(5))
                .body("axes[2].actions[0].threadId", notNullValue());
        Api.anonymous().queryParam("q", "codeveloppement").get("/search").then()
                .body("items.title", hasItems("Info sur les ateliers d’entraide"));
    }
}
