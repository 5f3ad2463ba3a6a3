package fr.entraide.forum;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Concurrently;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports ("signaler"), the moderation queue, hiding and restoring, and what readers may still see. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ModerationResourceTest {

    @Inject
    Fixtures fixtures;

    private record Forum(TestUser coordinator, TestUser author, String slug, long thread, long post, String marker) {
    }

    /**
     * A group coordinated by an ordinary member (no site admin's pass), a member's thread, and a reply whose text
     * carries a unique word.
     */
    private Forum forum(Visibility visibility) {
        TestGroup group = fixtures.coordinatedGroup(visibility,
                visibility == Visibility.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.INVITE);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser author = member(slug);
        String marker = Fixtures.unique("pourriel");
        long thread = fixtures.thread(author, slug, "vie-du-groupe", "Un sujet à modérer", "Bonjour à toutes et tous");
        long post = fixtures.reply(author, thread, "Achetez des montres " + marker + " pas chères");
        return new Forum(coordinator, author, slug, thread, post, marker);
    }

    private TestUser member(String slug) {
        TestUser user = fixtures.verifiedUser();
        fixtures.addMember(user, slug);
        return user;
    }

    private static io.restassured.response.ValidatableResponse report(TestUser who, long post, String reason) {
        return Api.as(who).body(Map.of("reason", reason, "message", "C'est de la publicité")).post("/posts/{id}/reports", post).then();
    }

    private static long reportId(Forum f) {
        return Api.as(f.coordinator()).get("/groups/{slug}/reports", f.slug()).then().statusCode(200)
                .extract().<Integer>path("items.find { it.post.id == %d }.id".formatted(f.post())).longValue();
    }

    @Test
    void aMemberReportsAPost_once_andTheCoordinatorsQueueShowsItWithItsReporter() {
        Forum f = forum(Visibility.PUBLIC);
        TestUser reporter = member(f.slug());
        report(reporter, f.post(), "SPAM").statusCode(201)
                .body("id", notNullValue())
                .body("postId", equalTo((int) f.post()))
                .body("reason", equalTo("SPAM"))
                .body("message", equalTo("C'est de la publicité"));
        report(reporter, f.post(), "OTHER").statusCode(409);
        Api.as(reporter).get("/threads/{id}/posts", f.thread()).then().statusCode(200)
                .body("items.find { it.id == %d }.reported".formatted(f.post()), equalTo(true))
                .body("items.find { it.id == %d }.can.report".formatted(f.post()), equalTo(false))
                .body("items.find { it.id == %d }.hidden".formatted(f.post()), equalTo(false));
        Api.as(member(f.slug())).get("/threads/{id}/posts", f.thread()).then()
                .body("items.find { it.id == %d }.can.report".formatted(f.post()), equalTo(true));
        Api.anonymous().get("/threads/{id}/posts", f.thread()).then()
                .body("items[0].reported", nullValue()).body("items[0].can.report", equalTo(false));

        Api.as(f.coordinator()).queryParam("status", "OPEN").get("/groups/{slug}/reports", f.slug()).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].post.id", equalTo((int) f.post()))
                .body("items[0].post.excerpt", containsString(f.marker()))
                .body("items[0].post.author.id", equalTo((int) f.author().id()))
                .body("items[0].post.link", equalTo("/threads/" + f.thread() + "#post-" + f.post()))
                .body("items[0].thread.id", equalTo((int) f.thread()))
                .body("items[0].thread.title", equalTo("Un sujet à modérer"))
                .body("items[0].reportCount", equalTo(1))
                .body("items[0].reports[0].reporter.id", equalTo((int) reporter.id()))
                .body("items[0].reports[0].reason", equalTo("SPAM"));
        Api.as(f.coordinator()).queryParam("status", "KEPT").get("/groups/{slug}/reports", f.slug()).then()
                .body("items", empty());
        Api.as(f.coordinator()).queryParam("status", "NIMPORTE").get("/groups/{slug}/reports", f.slug()).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void reportingNeedsAMemberWhoCanReadThePost_andAValidReason() {
        Forum f = forum(Visibility.PUBLIC);
        TestUser outsider = fixtures.verifiedUser();
        report(outsider, f.post(), "SPAM").statusCode(403);
        report(fixtures.unverifiedUser(), f.post(), "SPAM").statusCode(403)
                .body("type", containsString("email-not-verified"));
        Api.anonymous().body(Map.of("reason", "SPAM")).post("/posts/{id}/reports", f.post()).then().statusCode(401);
        report(f.author(), f.post(), "SPAM").statusCode(403);
        TestUser member = member(f.slug());
        Api.as(member).body(Map.of("reason", "RIEN")).post("/posts/{id}/reports", f.post()).then().statusCode(400);
        Api.as(member).body(Map.of()).post("/posts/{id}/reports", f.post()).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.as(member).body(Map.of("reason", "OTHER", "message", "x".repeat(1001))).post("/posts/{id}/reports", f.post())
                .then().statusCode(400).body("errors[0].field", equalTo("message"));
        report(member, 999_999_999L, "SPAM").statusCode(404);

        Forum secret = forum(Visibility.PRIVATE);
        report(outsider, secret.post(), "SPAM").statusCode(404);
    }

    @Test
    void theQueue_isForCoordinatorsAndSiteAdminsOnly() {
        Forum f = forum(Visibility.PUBLIC);
        report(member(f.slug()), f.post(), "SPAM").statusCode(201);
        long id = reportId(f);
        TestUser member = member(f.slug());
        Api.as(member).get("/groups/{slug}/reports", f.slug()).then().statusCode(403);
        Api.as(fixtures.verifiedUser()).get("/groups/{slug}/reports", f.slug()).then().statusCode(403);
        Api.anonymous().get("/groups/{slug}/reports", f.slug()).then().statusCode(401);
        Api.as(fixtures.admin()).get("/groups/{slug}/reports", f.slug()).then().statusCode(200).body("items", hasSize(1));
        Api.as(member).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", id).then().statusCode(403);
        Api.as(f.coordinator()).body(Map.of("action", "PEUT-ETRE")).post("/reports/{id}/resolve", id).then().statusCode(400);
        Api.as(f.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", 999_999_999L).then().statusCode(404);

        Forum secret = forum(Visibility.PRIVATE);
        TestUser insider = member(secret.slug());
        report(insider, secret.post(), "INAPPROPRIATE").statusCode(201);
        TestUser outsider = fixtures.verifiedUser();
        Api.as(outsider).get("/groups/{slug}/reports", secret.slug()).then().statusCode(404);
        Api.as(outsider).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", reportId(secret)).then().statusCode(404);
    }

    @Test
    void hiding_keepsTheTextFromReaders_inThePostsSearchAndNotifications_butNotFromItsAuthorAndCoordinators() {
        Forum f = forum(Visibility.PUBLIC);
        TestUser watcher = member(f.slug());
        Api.as(watcher).body(Map.of("level", "WATCHING")).put("/threads/{id}/subscription", f.thread()).then().statusCode(200);
        long quoted = fixtures.reply(f.author(), f.thread(), "Encore " + f.marker());
        fixtures.settleForum();
        Api.as(watcher).get("/notifications").then().body("items.excerpt", hasItem(containsString(f.marker())));

        TestUser reporter = member(f.slug());
        report(reporter, quoted, "SPAM").statusCode(201);
        report(reporter, f.post(), "SPAM").statusCode(201);
        Api.as(f.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", reportId(f)).then().statusCode(200)
                .body("status", equalTo("HIDDEN"))
                .body("post.hidden", equalTo(true))
                .body("resolvedBy.id", equalTo((int) f.coordinator().id()));

        String hiddenPost = "items.find { it.id == %d }".formatted(f.post());
        for (var reader : List.of(Api.anonymous(), Api.as(watcher), Api.as(reporter))) {
            reader.get("/threads/{id}/posts", f.thread()).then().statusCode(200)
                    .body(hiddenPost + ".hidden", equalTo(true))
                    .body(hiddenPost + ".body", nullValue())
                    .body(hiddenPost + ".html", containsString("masqué par la modération"))
                    .body(hiddenPost + ".html", not(containsString(f.marker())))
                    .body(hiddenPost + ".can.edit", equalTo(false));
        }
        Api.as(f.author()).get("/threads/{id}/posts", f.thread()).then()
                .body(hiddenPost + ".hidden", equalTo(true))
                .body(hiddenPost + ".body", containsString(f.marker()));
        Api.as(f.coordinator()).get("/threads/{id}/posts", f.thread()).then()
                .body(hiddenPost + ".hidden", equalTo(true))
                .body(hiddenPost + ".html", containsString(f.marker()));

        // search finds the other post that has the word, never the hidden one
        Api.as(watcher).queryParam("q", f.marker()).get("/search").then().statusCode(200)
                .body("items.id", not(hasItem((int) f.post())));
        Api.anonymous().queryParam("q", f.marker()).queryParam("group", f.slug()).get("/search").then()
                .body("items.id", not(hasItem((int) f.post())));
        Api.as(watcher).get("/notifications").then()
                .body("items.findAll { it.link.endsWith('#post-%d') }.excerpt".formatted(f.post()), not(hasItem(notNullValue())));

        // a coordinator restores it: KEEP on a hidden post
        Api.as(f.coordinator()).body(Map.of("action", "KEEP")).post("/reports/{id}/resolve", reportId(f)).then().statusCode(200)
                .body("status", equalTo("KEPT")).body("post.hidden", equalTo(false));
        Api.anonymous().get("/threads/{id}/posts", f.thread()).then()
                .body(hiddenPost + ".hidden", equalTo(false))
                .body(hiddenPost + ".body", containsString(f.marker()));
        // (a thread is one search result, at its best match: the words of this post alone find it)
        Api.anonymous().queryParam("q", "montres " + f.marker()).queryParam("group", f.slug()).get("/search").then()
                .body("items.id", hasItem((int) f.post()));
    }

    @Test
    void resolving_tellsTheReporters_inTheBellAndByMail_once() {
        Forum f = forum(Visibility.PUBLIC);
        TestUser first = member(f.slug());
        TestUser second = member(f.slug());
        report(first, f.post(), "SPAM").statusCode(201);
        report(second, f.post(), "OFF_TOPIC").statusCode(201);
        long id = reportId(f);
        Api.as(f.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", id).then().statusCode(200)
                .body("reports.reporter.id", containsInAnyOrder((int) first.id(), (int) second.id()));
        Api.as(f.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", id).then().statusCode(200);
        for (TestUser reporter : List.of(first, second)) {
            Api.as(reporter).get("/notifications").then().statusCode(200)
                    .body("items.findAll { it.type == 'REPORT_RESOLVED' }", hasSize(1))
                    .body("items[0].type", equalTo("REPORT_RESOLVED"))
                    .body("items[0].title", containsString("masqué"))
                    .body("items[0].link", equalTo("/threads/" + f.thread() + "#post-" + f.post()));
        }
        fixtures.sendMail();
        assertEquals(1, Mailbox.to(first.email()).size(), "the reporter who wants e-mails at once gets one");
        Api.as(f.author()).get("/notifications").then().body("items.type", not(hasItem("REPORT_RESOLVED")));
    }

    @Test
    void aPostReportedByThreeMembers_isHiddenUntilReviewed_andKeepingItStartsTheCountAgain() {
        Forum f = forum(Visibility.PUBLIC);
        List<TestUser> reporters = List.of(member(f.slug()), member(f.slug()), member(f.slug()), member(f.slug()));
        report(reporters.get(0), f.post(), "SPAM").statusCode(201);
        report(reporters.get(1), f.post(), "SPAM").statusCode(201);
        Api.anonymous().get("/threads/{id}/posts", f.thread()).then().body("items[1].hidden", equalTo(false));
        report(reporters.get(2), f.post(), "INAPPROPRIATE").statusCode(201);
        Api.anonymous().get("/threads/{id}/posts", f.thread()).then()
                .body("items[1].hidden", equalTo(true)).body("items[1].body", nullValue());
        Api.as(f.coordinator()).get("/groups/{slug}/reports", f.slug()).then()
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].post.hidden", equalTo(true))
                .body("items[0].reportCount", equalTo(3));

        Api.as(f.coordinator()).body(Map.of("action", "KEEP")).post("/reports/{id}/resolve", reportId(f)).then()
                .statusCode(200).body("status", equalTo("KEPT")).body("openReports", equalTo(0));
        Api.anonymous().get("/threads/{id}/posts", f.thread()).then().body("items[1].hidden", equalTo(false));
        // one more report reopens the item without hiding the post a coordinator chose to keep
        report(reporters.get(3), f.post(), "OTHER").statusCode(201);
        Api.as(f.coordinator()).get("/groups/{slug}/reports", f.slug()).then()
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].openReports", equalTo(1))
                .body("items[0].reportCount", equalTo(4));
        Api.anonymous().get("/threads/{id}/posts", f.thread()).then().body("items[1].hidden", equalTo(false));
    }

    @Test
    void simultaneousReportsAtTheThreshold_andSimultaneousDecisions_leaveOneConsistentState() throws Exception {
        Forum f = forum(Visibility.PUBLIC);
        List<TestUser> reporters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reporters.add(member(f.slug()));
        }
        List<Integer> statuses = Concurrently.fire(reporters.stream().map(r -> (Callable<Integer>) () ->
                report(r, f.post(), "SPAM").extract().statusCode()).toList());
        assertTrue(statuses.stream().allMatch(s -> s == 201), "every report is taken: " + statuses);
        long id = reportId(f);
        Api.as(f.coordinator()).get("/groups/{slug}/reports", f.slug()).then()
                .body("items[0].reportCount", equalTo(8)).body("items[0].openReports", equalTo(8))
                .body("items[0].post.hidden", equalTo(true));
        long autoHidden = QuarkusTransaction.requiringNew().call(() -> fr.entraide.common.audit.AuditEntry.count(
                "action = 'moderation.post_auto_hidden' and objectId = ?1", f.post()));
        assertEquals(1, autoHidden, "hidden once, by the report that reached the threshold");

        TestUser second = member(f.slug());
        Api.as(f.coordinator()).body(Map.of("role", "COORDINATOR")).patch("/groups/{slug}/members/{id}", f.slug(), second.id())
                .then().statusCode(200);
        List<Integer> decisions = Concurrently.fire(List.of(
                () -> Api.as(f.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", id).then().extract().statusCode(),
                () -> Api.as(second).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", id).then().extract().statusCode()));
        assertEquals(List.of(200, 200), decisions);
        for (TestUser reporter : reporters) {
            Api.as(reporter).get("/notifications").then()
                    .body("items.findAll { it.type == 'REPORT_RESOLVED' }", hasSize(1));
        }
        long decided = QuarkusTransaction.requiringNew().call(() -> fr.entraide.common.audit.AuditEntry.count(
                "action = 'moderation.post_hidden' and objectId = ?1", f.post()));
        assertEquals(1, decided, "one decision recorded");
    }

    @Test
    void anAuthorStillSeesTheirHiddenPostMarked_andAnsweringOrDeletingItKeepsWorking() {
        Forum f = forum(Visibility.PUBLIC);
        report(member(f.slug()), f.post(), "SPAM").statusCode(201);
        Api.as(f.coordinator()).body(Map.of("action", "HIDE")).post("/reports/{id}/resolve", reportId(f)).then().statusCode(200);
        Api.as(f.author()).get("/threads/{id}/posts", f.thread()).then()
                .body("items.find { it.id == %d }.can.edit".formatted(f.post()), equalTo(true));
        fixtures.reply(member(f.slug()), f.thread(), "On continue la discussion");
        Api.as(f.author()).delete("/posts/{id}", f.post()).then().statusCode(204);
        Api.as(f.coordinator()).queryParam("status", "HIDDEN").get("/groups/{slug}/reports", f.slug()).then()
                .body("items.post.deleted", contains(true));
    }
}
