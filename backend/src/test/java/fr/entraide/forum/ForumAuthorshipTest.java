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

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Authors change what they wrote only while they are members; images come only from our own files. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ForumAuthorshipTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anAuthorWhoLeftTheGroup_nolongerEditsNorDeletesTheirPosts_coordinatorsStillModerate() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser coordinator = group.coordinator();
        String slug = group.slug();
        TestUser author = fixtures.verifiedUser();
        fixtures.join(author, slug);
        long thread = fixtures.thread(author, slug, "vie-du-groupe", "Mon sujet", "Premier message");
        long post = fixtures.reply(author, thread, "Une réponse");
        Api.as(author).get("/threads/{id}", thread).then().body("can.edit", equalTo(true));

        Api.as(author).delete("/groups/{slug}/members/{userId}", slug, author.id()).then().statusCode(204);

        Api.as(author).body(Map.of("body", "Réécrit après coup", "version", 0)).patch("/posts/{id}", post).then().statusCode(403);
        Api.as(author).delete("/posts/{id}", post).then().statusCode(403);
        Api.as(author).body(Map.of("title", "Renommé après coup", "version", 0)).patch("/threads/{id}", thread).then().statusCode(403);
        Api.as(author).get("/threads/{id}", thread).then().body("can.edit", equalTo(false));
        Api.as(author).get("/threads/{id}/posts", thread).then().body("items[1].can.edit", equalTo(false));

        Api.as(coordinator).body(Map.of("body", "Modéré", "version", 0)).patch("/posts/{id}", post).then().statusCode(200);
        Api.as(coordinator).delete("/posts/{id}", post).then().statusCode(204);
    }

    @Test
    void imagesFromOtherHosts_becomeLinks_ourOwnFilesStayImages() {
        TestUser member = fixtures.verifiedUser();
        Api.as(member).body(Map.of("body", "Voir ![le pixel](https://traceur.exemple.org/p.gif) ici")).post("/posts/preview")
                .then().statusCode(200)
                .body("html", not(containsString("<img")))
                .body("html", containsString("href=\"https://traceur.exemple.org/p.gif\""))
                .body("html", containsString(">le pixel</a>"));
        Api.as(member).body(Map.of("body", "![](http://traceur.exemple.org/p.gif)")).post("/posts/preview")
                .then().body("html", not(containsString("<img")));
        Api.as(member).body(Map.of("body", "![schéma](/api/v1/files/42/schema.png)")).post("/posts/preview")
                .then().body("html", containsString("<img src=\"/api/v1/files/42/schema.png\" alt=\"schéma\""));
        Api.as(member).body(Map.of("body", "![x](//traceur.exemple.org/p.gif)")).post("/posts/preview")
                .then().body("html", not(containsString("<img")));
    }
}
