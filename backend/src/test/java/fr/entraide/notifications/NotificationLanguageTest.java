package fr.entraide.notifications;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notification is stored as its type and parameters, and written in the language of whoever reads it. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class NotificationLanguageTest {

    private static final String THREAD = "Rencontre d'automne";

    @Inject
    Fixtures fixtures;

    private record Forum(String slug, long category) {
    }

    private Forum forum() {
        TestUser coordinator = fixtures.admin();
        String slug = fixtures.group(coordinator, Visibility.PUBLIC, JoinPolicy.OPEN);
        long category = Api.as(coordinator).get("/groups/{slug}/categories", slug)
                .then().extract().<Integer>path("items.find { it.slug == 'vie-du-groupe' }.id").longValue();
        return new Forum(slug, category);
    }

    private TestUser watcher(Forum forum, String locale) {
        TestUser user = fixtures.verifiedUser();
        fixtures.join(user, forum.slug());
        Api.as(user).body(Map.of("locale", locale)).patch("/me").then().statusCode(200);
        Api.as(user).body(Map.of("level", "WATCHING")).put("/categories/{id}/subscription", forum.category()).then().statusCode(200);
        return user;
    }

    private static String firstTitle(TestUser reader, String acceptLanguage) {
        var request = Api.as(reader);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.get("/notifications").then().statusCode(200)
                .body("items[0].type", equalTo("THREAD_CREATED")).extract().path("items[0].title");
    }

    /** Two watchers of a category, one whose account is in French and one in English, told of the same new thread. */
    private record Told(TestUser french, TestUser english, TestUser author) {
    }

    private Told aThreadOpenedBeforeTwoWatchers() {
        Forum forum = forum();
        TestUser french = watcher(forum, "fr");
        TestUser english = watcher(forum, "en");
        TestUser author = fixtures.verifiedUser();
        fixtures.join(author, forum.slug());
        fixtures.thread(author, forum.slug(), "vie-du-groupe", THREAD, "On se retrouve le 14 novembre.");
        fixtures.settleForum();
        return new Told(french, english, author);
    }

    @Test
    void givenTheSameKindOfEvent_anEnglishReaderReadsEnglish_andAFrenchReaderFrench() {
        Told told = aThreadOpenedBeforeTwoWatchers();

        String frenchTitle = "Membre " + told.author().username() + " a ouvert « " + THREAD + " » dans Vie du groupe";
        String englishTitle = "Membre " + told.author().username() + " started \"" + THREAD + "\" in Vie du groupe";
        assertEquals(frenchTitle, firstTitle(told.french(), null), "the account's language");
        assertEquals(englishTitle, firstTitle(told.english(), null), "the account's language");
        assertEquals(englishTitle, firstTitle(told.french(), "en-GB,en;q=0.8"), "the request's language first");
        assertEquals(frenchTitle, firstTitle(told.english(), "fr"), "the request's language first");
    }

    @Test
    void eMails_areWrittenInTheRecipientsLanguage() {
        Told told = aThreadOpenedBeforeTwoWatchers();
        fixtures.sendMail();

        List<MimeMessage> toEnglish = Mailbox.to(told.english().email());
        List<MimeMessage> toFrench = Mailbox.to(told.french().email());
        assertEquals(1, toEnglish.size());
        assertEquals(1, toFrench.size());
        assertTrue(Mailbox.body(toEnglish.get(0)).contains("started"), Mailbox.body(toEnglish.get(0)));
        assertTrue(Mailbox.body(toFrench.get(0)).contains("a ouvert"), Mailbox.body(toFrench.get(0)));
    }

    @Test
    void aNotificationMadeBeforeItsParametersWereKept_showsItsStoredTitle() {
        TestUser reader = fixtures.verifiedUser();
        QuarkusTransaction.requiringNew().run(() -> {
            Notification old = new Notification();
            old.userId = reader.id();
            old.type = NotificationType.POST_CREATED;
            old.title = "Léa a répondu dans « Ancien sujet »";
            old.link = "/threads/1";
            old.persist();
        });
        Api.as(reader).header("Accept-Language", "en").get("/notifications").then().statusCode(200)
                .body("items[0].title", startsWith("Léa a répondu"));
    }
}
