package fr.entraide.notifications;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.Streams;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class NotificationsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DigestJob digest;

    @TestHTTPResource("/api/v1/notifications/stream")
    URL streamUrl;

    private record Forum(TestUser coordinator, String slug, long vieDuGroupe) {
    }

    private Forum forum() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        long category = Api.as(coordinator).get("/groups/{slug}/categories", slug)
                .then().extract().<Integer>path("items.find { it.slug == 'vie-du-groupe' }.id").longValue();
        return new Forum(coordinator, slug, category);
    }

    private TestUser member(Forum f) {
        TestUser user = fixtures.verifiedUser();
        fixtures.join(user, f.slug());
        return user;
    }

    private static void watch(TestUser user, String what, long id, String level) {
        Api.as(user).body(Map.of("level", level)).put("/" + what + "/{id}/subscription", id).then().statusCode(200);
    }

    private static List<String> typesOf(TestUser user) {
        return Api.as(user).get("/notifications").then().statusCode(200).extract().path("items.type");
    }

    @Test
    void aWatcher_getsExactlyOneNotificationAndOneMailPerPost_andNobodyForTheirOwnPost() {
        Forum f = forum();
        TestUser watcher = member(f);
        TestUser author = member(f);
        watch(watcher, "categories", f.vieDuGroupe(), "WATCHING");
        watch(author, "categories", f.vieDuGroupe(), "WATCHING");

        long thread = fixtures.thread(author, f.slug(), "vie-du-groupe", "Retrouvailles du 14 novembre", "On se retrouve en visio à 13h.");
        fixtures.settleForum();
        fixtures.sendMail();
        Api.as(watcher).get("/notifications").then()
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("THREAD_CREATED"))
                .body("items[0].title", containsString("Retrouvailles du 14 novembre"))
                .body("items[0].link", containsString("/threads/" + thread + "#post-"))
                .body("items[0].readAt", equalTo(null))
                .body("items[0].actor.id", equalTo((int) author.id()));
        List<MimeMessage> mails = Mailbox.to(watcher.email());
        assertEquals(1, mails.size());
        assertTrue(Mailbox.subject(mails.get(0)).contains("Retrouvailles du 14 novembre"));
        assertTrue(Mailbox.body(mails.get(0)).contains("On se retrouve en visio"));
        assertTrue(typesOf(author).isEmpty(), "no notification for one's own post");
        assertTrue(Mailbox.to(author.email()).isEmpty());

        fixtures.reply(author, thread, "Le lien arrive bientôt.");
        fixtures.settleForum();
        fixtures.sendMail();
        assertEquals(List.of("POST_CREATED", "THREAD_CREATED"), typesOf(watcher));
        assertEquals(2, Mailbox.to(watcher.email()).size());
        Api.as(watcher).get("/notifications/unread-count").then().body("count", equalTo(2));
    }

    @Test
    void levels_theThreadsChoiceWinsOverTheCategorys() {
        Forum f = forum();
        TestUser author = member(f);
        TestUser mutedThread = member(f);
        TestUser watchedThread = member(f);
        TestUser firstPostOnly = member(f);
        TestUser tracking = member(f);
        long thread = fixtures.thread(author, f.slug(), "vie-du-groupe", "Précédence", "premier");
        fixtures.settleForum();
        watch(mutedThread, "categories", f.vieDuGroupe(), "WATCHING");
        watch(mutedThread, "threads", thread, "MUTED");
        watch(watchedThread, "categories", f.vieDuGroupe(), "MUTED");
        watch(watchedThread, "threads", thread, "WATCHING");
        watch(firstPostOnly, "categories", f.vieDuGroupe(), "WATCHING_FIRST_POST");
        watch(tracking, "categories", f.vieDuGroupe(), "TRACKING");

        fixtures.reply(author, thread, "une réponse");
        fixtures.thread(author, f.slug(), "vie-du-groupe", "Nouveau sujet", "deuxième sujet");
        fixtures.settleForum();

        assertEquals(List.of("THREAD_CREATED"), typesOf(mutedThread), "thread MUTED beats category WATCHING");
        assertEquals(List.of("POST_CREATED"), typesOf(watchedThread), "thread WATCHING beats category MUTED");
        assertEquals(List.of("THREAD_CREATED"), typesOf(firstPostOnly), "first post only: new threads, not replies");
        assertTrue(typesOf(tracking).isEmpty(), "tracking shows unread counts, never notifies");
    }

    @Test
    void muted_isNeverTold_notEvenOfAMention_inTheThreadOrTheCategoryTheyMuted() {
        Forum f = forum();
        TestUser author = member(f);
        TestUser mutedThread = member(f);
        TestUser mutedCategory = member(f);
        TestUser listening = member(f);
        long thread = fixtures.thread(author, f.slug(), "vie-du-groupe", "Sourdine", "premier");
        fixtures.settleForum();
        watch(mutedThread, "threads", thread, "MUTED");
        watch(mutedCategory, "categories", f.vieDuGroupe(), "MUTED");

        String mentions = "@" + mutedThread.username() + " @" + mutedCategory.username() + " @" + listening.username();
        fixtures.reply(author, thread, "Qu'en pensez-vous, " + mentions + " ?");
        long other = fixtures.thread(author, f.slug(), "vie-du-groupe", "Autre sujet", "Et ici, " + mentions + " ?");
        fixtures.settleForum();
        fixtures.sendMail();

        List<String> linksOfMutedThread = Api.as(mutedThread).get("/notifications").then().statusCode(200)
                .extract().path("items.link");
        assertEquals(1, linksOfMutedThread.size(), "a muted thread tells nothing, mention included: " + linksOfMutedThread);
        assertTrue(linksOfMutedThread.get(0).startsWith("/threads/" + other + "#"), "only the thread not muted tells of the mention");
        assertTrue(typesOf(mutedCategory).isEmpty(), "a muted category tells nothing, mentions included");
        assertTrue(Mailbox.to(mutedCategory.email()).isEmpty());
        assertEquals(List.of("MENTIONED", "MENTIONED"), typesOf(listening), "the others are told of their mentions");
    }

    @Test
    void coordinatorsDefaultLevel_appliesToMembersWhoChoseNothing() {
        Forum f = forum();
        TestUser member = member(f);
        TestUser author = member(f);
        Api.as(f.coordinator()).body(Map.of("level", "WATCHING_FIRST_POST"))
                .put("/groups/{slug}/categories/{id}/default-subscription", f.slug(), f.vieDuGroupe()).then().statusCode(200);
        fixtures.thread(author, f.slug(), "vie-du-groupe", "Publication", "nouvelle");
        fixtures.settleForum();
        assertEquals(List.of("THREAD_CREATED"), typesOf(member));
    }

    @Test
    void mentions_notifyMembersWhoCanRead_andMakeThemWatch() {
        Forum f = forum();
        TestUser author = member(f);
        TestUser mentioned = member(f);
        long thread = fixtures.thread(author, f.slug(), "vie-du-groupe", "Atelier", "Bonjour @" + mentioned.username()
                + ", et @inconnu_du_bataillon. Merci @" + author.username() + " !");
        fixtures.settleForum();
        fixtures.sendMail();
        Api.as(mentioned).get("/notifications").then()
                .body("items", hasSize(1)).body("items[0].type", equalTo("MENTIONED"))
                .body("items[0].title", containsString("mentionné"));
        assertEquals(1, Mailbox.to(mentioned.email()).size());
        assertTrue(typesOf(author).isEmpty());
        Api.anonymous().get("/threads/{id}/posts", thread).then()
                .body("items[0].html", containsString("inconnu_du_bataillon"));
        Api.as(mentioned).get("/threads/{id}", thread).then().body("subscription", equalTo("WATCHING"));

        fixtures.reply(author, thread, "Une précision.");
        fixtures.settleForum();
        assertEquals(List.of("POST_CREATED", "MENTIONED"), typesOf(mentioned));

        TestUser admin = fixtures.admin();
        String secret = fixtures.group(admin, Visibility.PRIVATE, JoinPolicy.INVITE);
        TestUser outsider = fixtures.verifiedUser();
        fixtures.thread(admin, secret, "vie-du-groupe", "Privé", "Coucou @" + outsider.username());
        fixtures.settleForum();
        assertTrue(typesOf(outsider).isEmpty(), "a member who cannot read the group is not told");
    }

    @Test
    void notifications_areListedCountedAndMarkedRead() {
        Forum f = forum();
        TestUser watcher = member(f);
        TestUser author = member(f);
        watch(watcher, "categories", f.vieDuGroupe(), "WATCHING");
        for (int i = 0; i < 3; i++) {
            fixtures.thread(author, f.slug(), "vie-du-groupe", "Sujet " + i, "corps " + i);
        }
        fixtures.settleForum();
        List<Integer> ids = Api.as(watcher).queryParam("limit", 2).get("/notifications").then()
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().path("items.id");
        Api.as(watcher).body(Map.of("ids", List.of(ids.get(0)))).post("/notifications/read").then().statusCode(204);
        Api.as(watcher).get("/notifications/unread-count").then().body("count", equalTo(2));
        Api.as(watcher).queryParam("unreadOnly", true).get("/notifications").then()
                .body("items.id", contains(ids.get(1), Api.as(watcher).get("/notifications").then().extract().<Integer>path("items[2].id")));
        Api.as(watcher).body(Map.of()).post("/notifications/read").then().statusCode(400).body("errors[0].field", equalTo("ids"));
        Api.as(watcher).body(Map.of("all", true)).post("/notifications/read").then().statusCode(204);
        Api.as(watcher).get("/notifications/unread-count").then().body("count", equalTo(0));
        Api.as(author).get("/notifications/unread-count").then().body("count", equalTo(0));
        Api.anonymous().get("/notifications").then().statusCode(401);
    }

    @Test
    void dailyDigest_groupsTheDaysNews_once() {
        Forum f = forum();
        TestUser daily = member(f);
        TestUser author = member(f);
        Api.as(daily).body(Map.of("emailDigest", "DAILY")).patch("/me").then().statusCode(200);
        watch(daily, "categories", f.vieDuGroupe(), "WATCHING");
        long thread = fixtures.thread(author, f.slug(), "vie-du-groupe", "Voyage apprenant", "Qui vient ?");
        fixtures.reply(author, thread, "Moi !");
        fixtures.settleForum();
        fixtures.sendMail();
        assertTrue(Mailbox.to(daily.email()).isEmpty(), "no immediate mail for a daily digest reader");
        assertTrue(digest.sendDigests() >= 1);
        assertEquals(0, digest.sendDigests());
        fixtures.sendMail();
        List<MimeMessage> mails = Mailbox.to(daily.email());
        assertEquals(1, mails.size());
        assertTrue(Mailbox.body(mails.get(0)).contains("Voyage apprenant"));
        assertTrue(Mailbox.body(mails.get(0)).contains("2 nouveaut"));
    }

    @Test
    void everyMail_hasAOneClickUnsubscribe_thatStopsMail() throws Exception {
        Forum f = forum();
        TestUser watcher = member(f);
        TestUser author = member(f);
        watch(watcher, "categories", f.vieDuGroupe(), "WATCHING");
        fixtures.thread(author, f.slug(), "vie-du-groupe", "Désabonnement", "test");
        fixtures.settleForum();
        fixtures.sendMail();
        MimeMessage mail = Mailbox.to(watcher.email()).get(0);
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(Mailbox.body(mail).contains("/profile#notifications"));
        String token = header.substring(header.indexOf("token=") + 6, header.indexOf('>'));
        Api.anonymous().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post("/unsubscribe?token=" + token).then().statusCode(200).body("emailDigest", equalTo("NEVER"));
        Api.as(watcher).get("/me").then().body("emailDigest", equalTo("NEVER"));
        Api.anonymous().post("/unsubscribe?token=inconnu").then().statusCode(404);

        fixtures.thread(author, f.slug(), "vie-du-groupe", "Après désabonnement", "encore");
        fixtures.settleForum();
        fixtures.sendMail();
        assertEquals(1, Mailbox.to(watcher.email()).size(), "no more mail, the bell still rings");
        assertEquals(2, typesOf(watcher).size());
    }

    @Test
    void stream_pushesANewNotificationWithoutPolling() throws Exception {
        Forum f = forum();
        TestUser watcher = member(f);
        TestUser author = member(f);
        watch(watcher, "categories", f.vieDuGroupe(), "WATCHING");
        Streams stream = Streams.open(streamUrl.toString(), watcher.token());
        try {
            stream.awaitComment("ready");
            fixtures.thread(author, f.slug(), "vie-du-groupe", "En direct", "sans recharger");
            String data = stream.nextData("notification");
            assertTrue(data.contains("\"unreadCount\":1"), data);
            assertTrue(data.contains("En direct"), data);
        } finally {
            stream.close();
        }
        Api.anonymous().get("/notifications/stream").then().statusCode(401);
    }

    @Test
    void veryLongNames_stillReachWatchers_withTheSubjectCutToFit() {
        TestUser coordinator = fixtures.admin();
        String slug = Fixtures.unique("long-");
        Api.as(coordinator).body(Map.of("name", "G".repeat(118), "slug", slug)).post("/groups").then().statusCode(201);
        long category = Api.as(coordinator).get("/groups/{slug}/categories", slug)
                .then().extract().<Integer>path("items.find { it.slug == 'vie-du-groupe' }.id").longValue();
        TestUser watcher = fixtures.verifiedUser();
        TestUser author = fixtures.verifiedUser();
        fixtures.join(watcher, slug);
        fixtures.join(author, slug);
        watch(watcher, "categories", category, "WATCHING");
        fixtures.thread(author, slug, "vie-du-groupe", "T".repeat(199), "un sujet au titre très long");
        fixtures.settleForum();
        fixtures.sendMail();
        assertEquals(List.of("THREAD_CREATED"), typesOf(watcher));
        MimeMessage mail = Mailbox.to(watcher.email()).get(0);
        assertTrue(Mailbox.subject(mail).length() <= 300 && Mailbox.subject(mail).endsWith("…"), Mailbox.subject(mail));
    }
}
