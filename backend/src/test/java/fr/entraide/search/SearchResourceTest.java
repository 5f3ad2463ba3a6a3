package fr.entraide.search;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class SearchResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void frenchSearch_ignoresAccentsAndPlurals_rankedWithHighlightedExcerpts() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        String marker = Fixtures.unique("zq");
        long thread = fixtures.thread(admin, slug, "vie-du-groupe", "Les médiathèques " + marker,
                "Nous cherchons des bibliothécaires volontaires pour témoigner <b>ici</b>.");
        Api.anonymous().queryParam("q", "mediatheque " + marker).get("/search").then().statusCode(200)
                .body("items[0].type", equalTo("thread"))
                .body("items[0].id", equalTo((int) thread))
                .body("items[0].url", equalTo("/threads/" + thread))
                .body("items[0].excerpt", containsString("<mark>médiathèques</mark>"))
                .body("items[0].group.slug", equalTo(slug));
        Api.anonymous().queryParam("q", "bibliothecaire").queryParam("group", slug).get("/search").then().statusCode(200)
                .body("items[0].type", equalTo("post"))
                .body("items[0].threadId", equalTo((int) thread))
                .body("items[0].url", containsString("#post-"))
                .body("items[0].excerpt", containsString("<mark>bibliothécaires</mark>"))
                .body("items[0].excerpt", not(containsString("<b>")));
    }

    @Test
    void aThreadAppearsOnce_withAPlainTextExcerpt() {
        TestUser admin = fixtures.admin();
        String slug = fixtures.group(admin, Visibility.PUBLIC, JoinPolicy.OPEN);
        String marker = Fixtures.unique("zr");
        long thread = fixtures.thread(admin, slug, "vie-du-groupe", "Ludothèque " + marker,
                "La **ludothèque** " + marker + " ouvre le [samedi](https://exemple.test/samedi) & le dimanche.");
        fixtures.reply(admin, thread, "Encore la ludothèque " + marker + ", *vraiment*.");
        fixtures.reply(admin, thread, "Toujours " + marker + " ici.");
        Api.anonymous().queryParam("q", marker).queryParam("group", slug).get("/search").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].threadId", equalTo((int) thread));
        Api.anonymous().queryParam("q", "ludotheque samedi " + marker).queryParam("group", slug).get("/search").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("post"))
                .body("items[0].excerpt", containsString("<mark>ludothèque</mark>"))
                .body("items[0].excerpt", containsString("&amp; le dimanche"))
                .body("items[0].excerpt", not(containsString("**")))
                .body("items[0].excerpt", not(containsString("](")))
                .body("items[0].excerpt", not(containsString("&lt;")));
    }

    @Test
    void search_onlyCoversWhatTheCallerMayRead() {
        TestGroup secret = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.INVITE);
        TestUser member = fixtures.verifiedUser();
        fixtures.addMember(member, secret.slug());
        String marker = Fixtures.unique("secret");
        fixtures.thread(secret.coordinator(), secret.slug(), "vie-du-groupe", "Confidentiel " + marker, "rien à voir");
        long other = fixtures.thread(secret.coordinator(), secret.slug(), "vie-du-groupe", "Autre sujet", "rien non plus");
        long post = fixtures.reply(member, other, "Le mot " + marker + " est aussi dans ce message");
        TestUser outsider = fixtures.verifiedUser();
        Api.as(outsider).queryParam("q", marker).get("/search").then().statusCode(200).body("items", empty());
        Api.anonymous().queryParam("q", marker).get("/search").then().statusCode(200).body("items", empty());
        Api.as(member).queryParam("q", marker).get("/search").then().statusCode(200)
                .body("items.type", containsInAnyOrder("thread", "post"))
                .body("items.find { it.type == 'post' }.id", equalTo((int) post));
        Api.as(outsider).queryParam("q", marker).queryParam("group", secret.slug()).get("/search").then().statusCode(404);
        Api.anonymous().queryParam("q", " ").get("/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        Api.anonymous().queryParam("q", "x").queryParam("limit", 500).get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void searchOperators_areTakenAsPlainText_notAsQuerySyntax() {
        Api.anonymous().queryParam("q", "\"(&|!").get("/search").then().statusCode(200).body("items", empty());
    }
}
