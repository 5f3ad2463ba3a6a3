package fr.entraide.forum;

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

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ForumResourceTest {

    @Inject
    Fixtures fixtures;

    private record Forum(TestUser coordinator, TestUser member, String slug) {
    }

    private Forum forum() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser member = fixtures.verifiedUser();
        fixtures.join(member, slug);
        return new Forum(coordinator, member, slug);
    }

    @Test
    void categories_listTheSixWithThreadCounts() {
        Forum f = forum();
        fixtures.thread(f.member(), f.slug(), "publications", "Un podcast", "À écouter : **tiers-lieux**");
        Api.as(f.member()).get("/groups/{slug}/categories", f.slug()).then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.find { it.slug == 'publications' }.threadCount", equalTo(1))
                .body("items.find { it.slug == 'vie-du-groupe' }.threadCount", equalTo(0))
                .body("items[0].subscription", equalTo("NORMAL"))
                .body("items[0].defaultSubscription", equalTo("NORMAL"));
        Api.anonymous().get("/groups/{slug}/categories", f.slug()).then().statusCode(200)
                .body("items[0].subscription", nullValue());
    }

    @Test
    void thread_isCreatedWithItsFirstPost_renderedFromMarkdown() {
        Forum f = forum();
        var created = Api.as(f.member())
                .body(Map.of("category", "vie-du-groupe", "title", "Séance de retrouvailles",
                        "body", "Bonjour à toutes et tous,\n\n- **le 14 novembre** à 13h\n- en visio : https://exemple.org/visio\n\n> citation"))
                .post("/groups/{slug}/threads", f.slug());
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/threads/"))
                .body("title", equalTo("Séance de retrouvailles"))
                .body("category.slug", equalTo("vie-du-groupe"))
                .body("group.slug", equalTo(f.slug()))
                .body("author.id", equalTo((int) f.member().id()))
                .body("replyCount", equalTo(0))
                .body("version", equalTo(0))
                .body("subscription", equalTo("WATCHING"))
                .body("can.reply", equalTo(true))
                .body("can.moderate", equalTo(false));
        long id = created.<Integer>path("id");
        Api.anonymous().get("/threads/{id}/posts", id).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].body", containsString("**le 14 novembre**"))
                .body("items[0].html", containsString("<strong>le 14 novembre</strong>"))
                .body("items[0].html", containsString("<ul>"))
                .body("items[0].html", containsString("<blockquote>"))
                .body("items[0].html", containsString("href=\"https://exemple.org/visio\""))
                .body("items[0].html", matchesRegex("(?s).*rel=\"(?=[^\"]*nofollow)(?=[^\"]*ugc)(?=[^\"]*noopener)[^\"]*\".*"))
                .body("items[0].deleted", equalTo(false));
    }

    @Test
    void mentions_ofKnownMembers_areLinksToTheirPage_othersStayText() {
        Forum f = forum();
        String coordinator = f.coordinator().username();
        String body = "Merci @" + coordinator + ", et @personne_inconnue. Voir `@" + coordinator + "` et [@" + coordinator
                + "](https://exemple.org) ; écrire à nom@" + coordinator + ".fr";
        long id = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "Mentions", body);
        String html = Api.anonymous().get("/threads/{id}/posts", id).then().statusCode(200).extract().path("items[0].html");
        String link = "href=\"/members/" + f.coordinator().id() + "\"";
        assertEquals(1, html.split(java.util.regex.Pattern.quote(link), -1).length - 1, "one mention linked, in the text only: " + html);
        assertTrue(html.contains("class=\"mention\""), html);
        // (the sanitiser writes "@" as "&#64;")
        assertTrue(html.contains(">&#64;" + coordinator + "</a>, et &#64;personne_inconnue."), html);
        assertTrue(html.contains("<code>&#64;" + coordinator + "</code>"), "code stays code: " + html);
        assertTrue(html.contains("href=\"https://exemple.org\""), "an existing link keeps its target: " + html);
        Api.as(f.member()).body(Map.of("body", "Bonjour @" + coordinator.toUpperCase())).post("/posts/preview").then().statusCode(200)
                .body("html", containsString("/members/" + f.coordinator().id()));
    }

    @Test
    void threadList_pinnedFirst_thenByLastActivity_withKeysetPages() {
        Forum f = forum();
        long old = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "Ancien", "premier");
        long pinned = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "Annonce", "à lire");
        long recent = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "Récent", "deuxième");
        fixtures.reply(f.member(), old, "je relance ce sujet");
        int version = Api.as(f.coordinator()).get("/threads/{id}", pinned).path("version");
        fixtures.reply(f.member(), pinned, "une réponse ne périme pas la version lue");
        Api.as(f.coordinator()).body(Map.of("pinned", true, "version", version)).patch("/threads/{id}", pinned)
                .then().statusCode(200).body("pinned", equalTo(true));

        Api.as(f.member()).queryParam("category", "vie-du-groupe").get("/groups/{slug}/threads", f.slug())
                .then().statusCode(200)
                .body("items.id", contains((int) pinned, (int) old, (int) recent))
                .body("items[1].replyCount", equalTo(1))
                .body("items[0].author.displayName", notNullValue());
        var first = Api.as(f.member()).queryParam("limit", 2).get("/groups/{slug}/threads", f.slug());
        first.then().body("items.id", contains((int) pinned, (int) old)).body("nextCursor", notNullValue());
        Api.as(f.member()).queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/groups/{slug}/threads", f.slug())
                .then().body("items.id", contains((int) recent)).body("nextCursor", nullValue());
        Api.as(f.member()).queryParam("category", "nulle-part").get("/groups/{slug}/threads", f.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void badInput_isA4xxNamingTheField() {
        Forum f = forum();
        Api.as(f.member()).body(Map.of("category", "vie-du-groupe", "title", "Vide", "body", " "))
                .post("/groups/{slug}/threads", f.slug()).then().statusCode(400).body("errors[0].field", equalTo("body"));
        Api.as(f.member()).body(Map.of("category", "vie-du-groupe", "title", "Trop long", "body", "x".repeat(65_537)))
                .post("/groups/{slug}/threads", f.slug()).then().statusCode(400).body("errors[0].field", equalTo("body"));
        Api.as(f.member()).body(Map.of("category", "inconnue", "title", "Où ?", "body", "ici"))
                .post("/groups/{slug}/threads", f.slug()).then().statusCode(400).body("errors[0].field", equalTo("category"));
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            flood.append("@personne").append(i).append(' ');
        }
        Api.as(f.member()).body(Map.of("category", "vie-du-groupe", "title", "Flood", "body", flood.toString()))
                .post("/groups/{slug}/threads", f.slug()).then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("mentions"));

        long threadA = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "A", "a");
        long threadB = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "B", "b");
        long postOfB = Api.anonymous().get("/threads/{id}/posts", threadB).then().extract().<Integer>path("items[0].id").longValue();
        Api.as(f.member()).body(Map.of("body", "réponse", "replyToId", postOfB)).post("/threads/{id}/posts", threadA)
                .then().statusCode(400).body("errors[0].field", equalTo("replyToId"));
        Api.as(f.member()).body(Map.of("title", "sans version")).patch("/threads/{id}", threadA)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        Api.as(f.member()).body(Map.of("title", "Nouveau", "version", 99)).patch("/threads/{id}", threadA)
                .then().statusCode(409).body("type", endsWith("stale-version"));
        Api.as(f.member()).body(Map.of("level", "WATCHING_FIRST_POST")).put("/threads/{id}/subscription", threadA)
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        Api.as(f.member()).body(Map.of("level", "LOUD")).put("/threads/{id}/subscription", threadA)
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void writing_needsAVerifiedActiveMember_andPrivateThreadsAreHidden() {
        Forum f = forum();
        TestUser outsider = fixtures.verifiedUser();
        Api.as(outsider).body(Map.of("category", "vie-du-groupe", "title", "Intrus", "body", "bonjour"))
                .post("/groups/{slug}/threads", f.slug()).then().statusCode(403);
        long thread = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "Public", "lisible par tous");
        Api.as(outsider).body(Map.of("body", "je passe")).post("/threads/{id}/posts", thread).then().statusCode(403);
        Api.as(outsider).get("/threads/{id}", thread).then().statusCode(200).body("can.reply", equalTo(false));
        Api.anonymous().body(Map.of("body", "anonyme")).post("/threads/{id}/posts", thread).then().statusCode(401);
        TestUser unverified = fixtures.unverifiedUser();
        Api.as(unverified).body(Map.of("body", "pas vérifié")).post("/threads/{id}/posts", thread)
                .then().statusCode(403).body("type", endsWith("email-not-verified"));

        TestUser admin = fixtures.admin();
        String secret = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.INVITE);
        long hidden = fixtures.thread(admin, secret, "vie-du-groupe", "Secret", "entre nous");
        Api.as(outsider).get("/threads/{id}", hidden).then().statusCode(404);
        Api.as(outsider).get("/threads/{id}/posts", hidden).then().statusCode(404);
        Api.anonymous().get("/groups/{slug}/threads", secret).then().statusCode(404);
        Api.as(outsider).body(Map.of("level", "WATCHING")).put("/threads/{id}/subscription", hidden).then().statusCode(404);
    }

    @Test
    void moderation_pinLockMoveEditDelete() {
        Forum f = forum();
        long thread = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "À modérer", "contenu");
        int version = Api.as(f.member()).get("/threads/{id}", thread).path("version");
        Api.as(f.member()).body(Map.of("locked", true, "version", version)).patch("/threads/{id}", thread).then().statusCode(403);
        Api.as(f.member()).body(Map.of("title", "Titre corrigé", "version", version)).patch("/threads/{id}", thread)
                .then().statusCode(200).body("title", equalTo("Titre corrigé"));
        version = Api.as(f.coordinator()).get("/threads/{id}", thread).path("version");
        Api.as(f.coordinator()).body(Map.of("locked", true, "category", "publications", "version", version))
                .patch("/threads/{id}", thread).then().statusCode(200)
                .body("locked", equalTo(true)).body("category.slug", equalTo("publications"));
        Api.as(f.member()).body(Map.of("body", "encore un mot")).post("/threads/{id}/posts", thread)
                .then().statusCode(403).body("detail", containsString("verrouillé"));

        long post = fixtures.reply(f.coordinator(), thread, "réponse de la soucieuse");
        TestUser other = fixtures.verifiedUser();
        fixtures.join(other, f.slug());
        Api.as(other).body(Map.of("body", "modifié", "version", 0)).patch("/posts/{id}", post).then().statusCode(403);
        Api.as(f.coordinator()).body(Map.of("body", "réponse *corrigée*", "version", 0)).patch("/posts/{id}", post)
                .then().statusCode(200).body("html", containsString("<em>corrigée</em>")).body("editedAt", notNullValue());
        Api.as(f.coordinator()).body(Map.of("body", "encore", "version", 0)).patch("/posts/{id}", post)
                .then().statusCode(409).body("type", endsWith("stale-version"));
        Api.as(f.coordinator()).delete("/posts/{id}", post).then().statusCode(204);
        Api.anonymous().get("/threads/{id}/posts", thread).then()
                .body("items[1].deleted", equalTo(true)).body("items[1].body", equalTo(""))
                .body("items[1].html", containsString("Message supprimé"));

        Api.as(f.member()).delete("/threads/{id}", thread).then().statusCode(403);
        Api.as(f.coordinator()).delete("/threads/{id}", thread).then().statusCode(204);
        Api.anonymous().get("/threads/{id}", thread).then().statusCode(404);
    }

    @Test
    void knownXssPayloads_areNeutralised() {
        Forum f = forum();
        List<String> payloads = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[clic](javascript:alert(1))",
                "[clic](JaVaScRiPt:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "![x](javascript:alert(1))",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://exemple.org\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"https://exemple.org\" onclick=\"alert(1)\">x</a>",
                "```html\n<script>alert(1)</script>\n```");
        long thread = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "XSS", "sujet");
        for (String payload : payloads) {
            String html = Api.as(f.member()).body(Map.of("body", payload)).post("/threads/{id}/posts", thread)
                    .then().statusCode(201).extract().path("html");
            String lower = html.toLowerCase();
            assertFalse(lower.contains("<script"), payload + " → " + html);
            assertFalse(lower.contains("<iframe"), payload + " → " + html);
            assertFalse(lower.contains("<svg"), payload + " → " + html);
            assertFalse(lower.matches("(?s).*(href|src)=\"\\s*javascript:.*"), payload + " → " + html);
            assertFalse(lower.matches("(?s).*<[^>]+\\son[a-z]+=.*"), payload + " → " + html);
            assertFalse(lower.contains("href=\"data:"), payload + " → " + html);
            assertFalse(lower.contains("style="), payload + " → " + html);
        }
        Api.as(f.member()).body(Map.of("body", "**gras** <script>x</script>")).post("/posts/preview")
                .then().statusCode(200).body("html", containsString("<strong>gras</strong>"))
                .body("html", not(containsString("<script")));
    }

    @Test
    void unreadCounts_forTrackedThreads_clearWhenRead() {
        Forum f = forum();
        long thread = fixtures.thread(f.coordinator(), f.slug(), "vie-du-groupe", "À suivre", "premier message");
        Api.as(f.member()).body(Map.of("level", "TRACKING")).put("/threads/{id}/subscription", thread)
                .then().statusCode(200).body("level", equalTo("TRACKING"));
        fixtures.reply(f.coordinator(), thread, "deuxième");
        long last = fixtures.reply(f.coordinator(), thread, "troisième");
        Api.as(f.member()).get("/groups/{slug}/threads", f.slug()).then()
                .body("items.find { it.id == " + thread + " }.unread", equalTo(3))
                .body("items.find { it.id == " + thread + " }.subscription", equalTo("TRACKING"));
        Api.as(f.member()).body(Map.of("lastReadPostId", last)).post("/threads/{id}/read", thread).then().statusCode(204);
        Api.as(f.member()).get("/groups/{slug}/threads", f.slug()).then()
                .body("items.find { it.id == " + thread + " }.unread", equalTo(0));
        Api.as(f.member()).get("/threads/{id}", thread).then().body("lastReadPostId", equalTo((int) last));
        TestUser normal = fixtures.verifiedUser();
        fixtures.join(normal, f.slug());
        Api.as(normal).get("/groups/{slug}/threads", f.slug()).then()
                .body("items.find { it.id == " + thread + " }.unread", nullValue());
        Api.as(f.member()).body(Map.of("lastReadPostId", 999999999)).post("/threads/{id}/read", thread)
                .then().statusCode(400).body("errors[0].field", equalTo("lastReadPostId"));
    }

    @Test
    void categories_coordinatorsManageThem() {
        Forum f = forum();
        var created = Api.as(f.coordinator()).body(Map.of("name", "Lectures d'été", "description", "Nos coups de cœur"))
                .post("/groups/{slug}/categories", f.slug());
        created.then().statusCode(201).body("slug", equalTo("lectures-d-ete")).body("position", equalTo(7));
        long id = created.<Integer>path("id");
        Api.as(f.member()).body(Map.of("name", "Non")).post("/groups/{slug}/categories", f.slug()).then().statusCode(403);
        Api.as(f.coordinator()).body(Map.of("name", "Doublon", "slug", "lectures-d-ete")).post("/groups/{slug}/categories", f.slug())
                .then().statusCode(409).body("errors[0].field", equalTo("slug"));
        Api.as(f.coordinator()).body(Map.of("name", "Lectures")).patch("/categories/{id}", id)
                .then().statusCode(200).body("name", equalTo("Lectures"));
        fixtures.thread(f.member(), f.slug(), "lectures-d-ete", "Un roman", "à lire");
        Api.as(f.coordinator()).delete("/categories/{id}", id).then().statusCode(409);
        long empty = Api.as(f.coordinator()).body(Map.of("name", "Vide")).post("/groups/{slug}/categories", f.slug())
                .then().extract().<Integer>path("id").longValue();
        Api.as(f.member()).delete("/categories/{id}", empty).then().statusCode(403);
        Api.as(f.coordinator()).delete("/categories/{id}", empty).then().statusCode(204);
        Api.as(f.coordinator()).delete("/categories/{id}", empty).then().statusCode(404);

        long publications = Api.as(f.member()).get("/groups/{slug}/categories", f.slug())
                .then().extract().<Integer>path("items.find { it.slug == 'publications' }.id").longValue();
        Api.as(f.member()).body(Map.of("level", "WATCHING")).put("/groups/{slug}/categories/{id}/default-subscription", f.slug(), publications)
                .then().statusCode(403);
        Api.as(f.coordinator()).body(Map.of("level", "WATCHING_FIRST_POST"))
                .put("/groups/{slug}/categories/{id}/default-subscription", f.slug(), publications)
                .then().statusCode(200).body("level", equalTo("WATCHING_FIRST_POST"));
        Api.as(f.member()).get("/groups/{slug}/categories", f.slug()).then()
                .body("items.find { it.slug == 'publications' }.subscription", equalTo("WATCHING_FIRST_POST"));
    }

    @Test
    void postBody_isKeptAsWritten() {
        Forum f = forum();
        long thread = fixtures.thread(f.member(), f.slug(), "vie-du-groupe", "Brut", "| a | b |\n|---|---|\n| 1 | ~~2~~ |");
        String html = Api.anonymous().get("/threads/{id}/posts", thread).then().extract().path("items[0].html");
        assertTrue(html.contains("<table>") && html.contains("<del>2</del>"), html);
        assertEquals("| a | b |\n|---|---|\n| 1 | ~~2~~ |",
                Api.anonymous().get("/threads/{id}/posts", thread).then().extract().path("items[0].body"));
    }
}
