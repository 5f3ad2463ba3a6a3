package fr.entraide.boards;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestGroup;
import fr.entraide.support.TestUser;
import fr.entraide.workshops.WorkshopResourceTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
public class BoardResourceTest {

    @Inject
    Fixtures fixtures;

    /** A group with its coordinator and two members, and a board with three columns. */
    public record Setup(String slug, TestUser coordinator, TestUser alice, TestUser bob, long board, List<Long> columns) {
    }

    public BoardResourceTest withFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        return this;
    }

    public Setup setup(int votesPerMember) {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PUBLIC, JoinPolicy.OPEN);
        TestUser alice = fixtures.verifiedUser();
        TestUser bob = fixtures.verifiedUser();
        fixtures.join(alice, group.slug());
        fixtures.join(bob, group.slug());
        JsonPath board = Api.as(group.coordinator()).body(Map.of("title", "Feuille de route 2027",
                        "question", "Que faire des médiathèques ?", "columns", List.of("Constats", "Idées", "Actions"),
                        "votesPerMember", votesPerMember, "timeBoxMinutes", 45))
                .post("/groups/{slug}/boards", group.slug()).then().statusCode(201)
                .header("Location", containsString("/api/v1/boards/"))
                .body("status", equalTo("OPEN")).body("revealed", equalTo(false)).body("votesLeft", equalTo(votesPerMember))
                .body("columns.name", contains("Constats", "Idées", "Actions")).body("can.close", equalTo(true))
                .extract().jsonPath();
        return new Setup(group.slug(), group.coordinator(), alice, bob, board.getLong("id"), board.getList("columns.id", Long.class));
    }

    public static long card(TestUser author, long board, long column, String text) {
        return Api.as(author).body(Map.of("column", column, "text", text)).post("/boards/{id}/cards", board)
                .then().statusCode(201).body("text", equalTo(text)).body("can.edit", equalTo(true))
                .extract().<Number>path("id").longValue();
    }

    public static List<Integer> cardIds(long board, int column) {
        return Api.anonymous().get("/boards/{id}", board).then().statusCode(200)
                .extract().path("columns[" + column + "].cards.id");
    }

    static Map<String, Object> move(long column, Long after) {
        Map<String, Object> body = new HashMap<>();
        body.put("column", column);
        body.put("after", after);
        body.put("version", 0);
        return body;
    }

    @Test
    void onlyCoordinatorsAndTheWorkshopsFacilitator_openBoards_withValidFields() {
        Setup s = setup(3);
        Api.as(s.alice()).body(Map.of("title", "Le mien", "columns", List.of("A"))).post("/groups/{slug}/boards", s.slug())
                .then().statusCode(403).body("code", equalTo("board.facilitators-only"));
        Api.as(s.coordinator()).body(Map.of("title", "", "columns", List.of())).post("/groups/{slug}/boards", s.slug())
                .then().statusCode(400).body("errors.field", contains("columns", "title"));
        Api.as(s.coordinator()).body(Map.of("title", "Trop de votes", "columns", List.of("A"), "votesPerMember", 99))
                .post("/groups/{slug}/boards", s.slug()).then().statusCode(400).body("errors[0].field", equalTo("votesPerMember"));
        Api.as(s.coordinator()).body(Map.of("title", "Colonne longue", "columns", List.of("x".repeat(81))))
                .post("/groups/{slug}/boards", s.slug()).then().statusCode(400).body("errors[0].field", startsWith("columns"));
        Api.as(s.coordinator()).body(Map.of("title", "Atelier inconnu", "columns", List.of("A"), "workshopId", 999_999))
                .post("/groups/{slug}/boards", s.slug()).then().statusCode(400).body("errors[0].field", equalTo("workshopId"));

        long workshop = new WorkshopResourceTest().withFixtures(fixtures).create(s.alice(), s.slug(), 6);
        Api.as(s.alice()).body(Map.of("title", "Tableau de l'atelier", "columns", List.of("Problèmes", "Pistes"), "workshopId", workshop))
                .post("/groups/{slug}/boards", s.slug()).then().statusCode(201)
                .body("workshopId", equalTo((int) workshop)).body("can.reveal", equalTo(true)).body("votesPerMember", equalTo(3));

        Api.anonymous().get("/groups/{slug}/boards", s.slug()).then().statusCode(200)
                .body("items.title", contains("Tableau de l'atelier", "Feuille de route 2027"))
                .body("items[1].cards", equalTo(0)).body("items[1].status", equalTo("OPEN"));
    }

    @Test
    void members_addCards_atTheBottom_andAuthorsEditThemAgainstTheirVersion() {
        Setup s = setup(3);
        long first = card(s.alice(), s.board(), s.columns().get(0), "Les médiathèques ne sont pas sur la carte");
        long second = card(s.bob(), s.board(), s.columns().get(0), "Personne ne sait qui contacter");
        Api.anonymous().get("/boards/{id}", s.board()).then().statusCode(200)
                .body("columns[0].cards.id", contains((int) first, (int) second))
                .body("columns[0].cards[0].author.id", equalTo((int) s.alice().id()))
                .body("columns[0].cards[0].votes", nullValue()).body("can.takePart", equalTo(false));

        Api.as(s.bob()).body(Map.of("text", "Pas à moi", "version", 0)).patch("/cards/{id}", first)
                .then().statusCode(403).body("code", equalTo("board.authors-only"));
        Api.as(s.alice()).body(Map.of("text", "Les médiathèques manquent sur la carte", "details", "Voir **l'ANTL**.", "version", 0))
                .patch("/cards/{id}", first).then().statusCode(200).body("version", equalTo(1)).body("details", equalTo("Voir **l'ANTL**."));
        // a second tab still on version 0: 409 with the card as it is now, for a merge view
        Api.as(s.alice()).body(Map.of("text", "Autre chose", "version", 0)).patch("/cards/{id}", first)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("common.stale-version"))
                .body("current.text", equalTo("Les médiathèques manquent sur la carte")).body("current.version", equalTo(1));
        Api.as(s.alice()).body(Map.of("text", " ", "version", 1)).patch("/cards/{id}", first)
                .then().statusCode(400).body("errors[0].field", equalTo("text"));

        Api.as(s.alice()).body(Map.of("column", s.columns().get(0), "text", "x".repeat(501))).post("/boards/{id}/cards", s.board())
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(s.alice()).body(Map.of("column", 999_999, "text", "Ailleurs")).post("/boards/{id}/cards", s.board())
                .then().statusCode(400).body("errors[0].field", equalTo("column"));
        Api.as(fixtures.verifiedUser()).body(Map.of("column", s.columns().get(0), "text", "Intrus")).post("/boards/{id}/cards", s.board())
                .then().statusCode(403);
        Api.as(s.bob()).delete("/cards/{id}", first).then().statusCode(403);
        Api.as(s.bob()).delete("/cards/{id}", second).then().statusCode(204);
        Api.as(s.coordinator()).delete("/cards/{id}", first).then().statusCode(204);
        Api.anonymous().get("/boards/{id}", s.board()).then().body("columns[0].cards", hasSize(0));
        Api.as(s.alice()).delete("/cards/{id}", first).then().statusCode(404);
    }

    @Test
    void moves_putTheCardAfterAnother_withoutTouchingTheOthers() {
        Setup s = setup(3);
        long a = card(s.alice(), s.board(), s.columns().get(0), "A");
        long b = card(s.alice(), s.board(), s.columns().get(0), "B");
        long c = card(s.alice(), s.board(), s.columns().get(0), "C");
        String positionOfB = Api.anonymous().get("/boards/{id}", s.board()).then().extract().path("columns[0].cards[1].position");

        Api.as(s.bob()).body(move(s.columns().get(0), null)).patch("/cards/{id}", c).then().statusCode(200);
        Api.as(s.bob()).body(move(s.columns().get(0), c)).patch("/cards/{id}", b).then().statusCode(200);
        Api.anonymous().get("/boards/{id}", s.board()).then().body("columns[0].cards.id", contains((int) c, (int) b, (int) a));
        Api.as(s.bob()).body(move(s.columns().get(1), null)).patch("/cards/{id}", a).then().statusCode(200)
                .body("columnId", equalTo(s.columns().get(1).intValue()));
        Api.as(s.bob()).body(move(s.columns().get(1), a)).patch("/cards/{id}", c).then().statusCode(200);
        Api.anonymous().get("/boards/{id}", s.board()).then()
                .body("columns[0].cards.id", contains((int) b)).body("columns[1].cards.id", contains((int) a, (int) c))
                .body("columns[0].cards[0].version", equalTo(0));
        Api.anonymous().get("/boards/{id}", s.board()).then().body("columns[0].cards[0].position", notNullValue());
        Api.as(s.bob()).body(move(s.columns().get(0), a)).patch("/cards/{id}", b)
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        // a moved card keeps its text version: its author's edit still goes through
        Api.as(s.alice()).body(Map.of("text", "C revu", "version", 0)).patch("/cards/{id}", c).then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertNotNull(positionOfB);
    }

    @Test
    void cardsAreGrouped_oneLevelDeep_andTheGroupShowsInTheSummary() {
        Setup s = setup(3);
        long head = card(s.alice(), s.board(), s.columns().get(1), "Une carte des lieux");
        long other = card(s.bob(), s.board(), s.columns().get(0), "Un annuaire des lieux");
        long third = card(s.bob(), s.board(), s.columns().get(0), "Un plan");
        Api.as(s.alice()).body(Map.of("stackOn", head, "version", 0)).patch("/cards/{id}", other).then().statusCode(200)
                .body("stackId", equalTo((int) head)).body("columnId", equalTo(s.columns().get(1).intValue()));
        Api.as(s.alice()).body(Map.of("stackOn", other, "version", 0)).patch("/cards/{id}", third).then().statusCode(200)
                .body("stackId", equalTo((int) head));
        Api.as(s.alice()).body(Map.of("stackOn", head, "version", 0)).patch("/cards/{id}", head).then().statusCode(400)
                .body("errors[0].field", equalTo("stackOn"));
        Api.anonymous().get("/boards/{id}/summary", s.board()).then().statusCode(200)
                .body("columns[1].cards", hasSize(1)).body("columns[1].cards[0].grouped.text", contains("Un annuaire des lieux", "Un plan"))
                .body("participants", hasSize(2));
        Api.as(s.alice()).body(Map.of("stackOn", 0, "version", 0)).patch("/cards/{id}", third).then().statusCode(200)
                .body("stackId", nullValue());
        Api.anonymous().get("/boards/{id}/history", s.board()).then().statusCode(200)
                .body("kind", contains("CARD_GROUPED", "CARD_GROUPED", "CARD_GROUPED", "CARD_ADDED", "CARD_ADDED", "CARD_ADDED"))
                .body("[0].actor.id", equalTo((int) s.alice().id())).body("[0].seq", equalTo(6));
        // a group moves with its head card
        Api.as(s.bob()).body(move(s.columns().get(0), null)).patch("/cards/{id}", head).then().statusCode(200);
        Api.anonymous().get("/boards/{id}", s.board()).then()
                .body("columns[0].cards.id", contains((int) head, (int) other))
                .body("columns[0].cards[1].stackId", equalTo((int) head))
                .body("columns[1].cards.id", contains((int) third));
    }

    @Test
    void dotVoting_isCappedPerMember_hiddenUntilRevealed() {
        Setup s = setup(2);
        long a = card(s.alice(), s.board(), s.columns().get(0), "A");
        long b = card(s.alice(), s.board(), s.columns().get(0), "B");
        long c = card(s.alice(), s.board(), s.columns().get(0), "C");
        Api.as(s.bob()).put("/cards/{id}/vote", a).then().statusCode(200).body("votesLeft", equalTo(1))
                .body("columns[0].cards[0].myVote", equalTo(true)).body("columns[0].cards[0].votes", nullValue());
        Api.as(s.bob()).put("/cards/{id}/vote", a).then().statusCode(200).body("votesLeft", equalTo(1));
        Api.as(s.bob()).put("/cards/{id}/vote", b).then().statusCode(200).body("votesLeft", equalTo(0));
        Api.as(s.bob()).put("/cards/{id}/vote", c).then().statusCode(409).body("code", equalTo("board.no-votes-left"));
        Api.as(s.bob()).delete("/cards/{id}/vote", b).then().statusCode(200).body("votesLeft", equalTo(1));
        Api.as(s.bob()).put("/cards/{id}/vote", c).then().statusCode(200);
        Api.as(s.alice()).put("/cards/{id}/vote", a).then().statusCode(200);
        Api.as(fixtures.verifiedUser()).put("/cards/{id}/vote", a).then().statusCode(403);

        Api.as(s.alice()).post("/boards/{id}/reveal", s.board()).then().statusCode(403).body("code", equalTo("board.facilitators-only"));
        Api.as(s.coordinator()).post("/boards/{id}/reveal", s.board()).then().statusCode(200).body("revealed", equalTo(true))
                .body("columns[0].cards.votes", contains(2, 0, 1));
        Api.anonymous().get("/boards/{id}/history", s.board()).then().body("[1].kind", equalTo("VOTED"))
                .body("[1].actor", nullValue()).body("[1].cardId", nullValue());
    }

    @Test
    void aClosedBoard_isReadOnly_withItsSummaryAndExports() {
        Setup s = setup(3);
        long a = card(s.alice(), s.board(), s.columns().get(0), "=Constat \"cité\"");
        Api.as(s.bob()).put("/cards/{id}/vote", a).then().statusCode(200);
        Api.as(s.alice()).post("/boards/{id}/close", s.board()).then().statusCode(403);
        Api.as(s.coordinator()).post("/boards/{id}/close", s.board()).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("revealed", equalTo(true)).body("closedAt", notNullValue())
                .body("can.takePart", equalTo(false)).body("columns[0].cards[0].can.edit", equalTo(false));

        Api.as(s.alice()).body(Map.of("column", s.columns().get(0), "text", "Trop tard")).post("/boards/{id}/cards", s.board())
                .then().statusCode(409).body("code", equalTo("board.closed"));
        Api.as(s.alice()).body(Map.of("text", "Trop tard", "version", 0)).patch("/cards/{id}", a).then().statusCode(409)
                .body("code", equalTo("board.closed"));
        Api.as(s.bob()).delete("/cards/{id}/vote", a).then().statusCode(409);
        Api.as(s.coordinator()).post("/boards/{id}/close", s.board()).then().statusCode(409);
        Api.as(s.coordinator()).post("/boards/{id}/reveal", s.board()).then().statusCode(409);

        Api.anonymous().get("/boards/{id}/summary", s.board()).then().statusCode(200)
                .body("question", equalTo("Que faire des médiathèques ?")).body("columns.name", contains("Constats", "Idées", "Actions"))
                .body("columns[0].cards[0].votes", equalTo(1)).body("participants.id", hasSize(2));
        String markdown = Api.anonymous().accept("text/markdown").get("/boards/{id}/summary?format=markdown", s.board())
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(markdown.startsWith("# Feuille de route 2027\n\n> Que faire des médiathèques ?"), markdown);
        org.junit.jupiter.api.Assertions.assertTrue(markdown.contains("## Constats\n\n- =Constat \"cité\""), markdown);
        org.junit.jupiter.api.Assertions.assertTrue(markdown.contains("(1 vote)"), markdown);
        String csv = Api.anonymous().accept("text/csv").get("/boards/{id}/summary?format=csv", s.board())
                .then().statusCode(200).header("Content-Disposition", containsString("tableau-")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\"Constats\";\"'=Constat \"\"cité\"\"\";;"), csv);
        Api.anonymous().get("/boards/{id}/summary?format=pdf", s.board()).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void aCoordinator_promotesACard_toAnActionOrAThread_linkedBothWays() {
        Setup s = setup(3);
        long card = card(s.alice(), s.board(), s.columns().get(2), "Intégrer les médiathèques à la carte");
        long axis = Api.as(s.coordinator()).body(Map.of("title", "Cartographie")).post("/groups/{slug}/roadmap/axes", s.slug())
                .then().statusCode(201).extract().<Number>path("id").longValue();
        Api.as(s.alice()).body(Map.of("to", "ACTION", "axisId", axis)).post("/cards/{id}/promote", card).then().statusCode(403);
        Api.as(s.coordinator()).body(Map.of("to", "ACTION")).post("/cards/{id}/promote", card).then().statusCode(400)
                .body("errors[0].field", equalTo("axisId"));
        int action = Api.as(s.coordinator()).body(Map.of("to", "ACTION", "axisId", axis)).post("/cards/{id}/promote", card)
                .then().statusCode(200).body("actionId", notNullValue()).extract().path("actionId");
        Api.anonymous().get("/roadmap/actions/{id}", action).then().statusCode(200)
                .body("action.title", equalTo("Intégrer les médiathèques à la carte"))
                .body("action.description", containsString("/groups/" + s.slug() + "/boards/" + s.board()));
        Api.as(s.coordinator()).body(Map.of("to", "ACTION", "axisId", axis)).post("/cards/{id}/promote", card).then().statusCode(409);

        String category = Api.anonymous().get("/groups/{slug}/categories", s.slug()).then().extract().path("items[0].slug");
        Api.as(s.coordinator()).body(Map.of("to", "THREAD", "category", "inconnue")).post("/cards/{id}/promote", card)
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        // promoting still works once the board is closed: that is when it happens
        Api.as(s.coordinator()).post("/boards/{id}/close", s.board()).then().statusCode(200);
        int thread = Api.as(s.coordinator()).body(Map.of("to", "THREAD", "category", category)).post("/cards/{id}/promote", card)
                .then().statusCode(200).body("threadId", notNullValue()).extract().path("threadId");
        Api.anonymous().get("/threads/{id}", thread).then().statusCode(200).body("title", equalTo("Intégrer les médiathèques à la carte"));
        Api.anonymous().get("/boards/{id}", s.board()).then().body("columns[2].cards[0].actionId", equalTo(action))
                .body("columns[2].cards[0].threadId", equalTo(thread));
    }

    @Test
    void privateBoards_stayHidden_andUnknownOnesAre404() {
        TestGroup group = fixtures.coordinatedGroup(Visibility.PRIVATE, JoinPolicy.INVITE);
        long board = Api.as(group.coordinator()).body(Map.of("title", "Secret", "columns", List.of("A")))
                .post("/groups/{slug}/boards", group.slug()).then().statusCode(201).extract().<Number>path("id").longValue();
        Api.anonymous().get("/boards/{id}", board).then().statusCode(404);
        Api.as(fixtures.verifiedUser()).get("/boards/{id}/summary", board).then().statusCode(404);
        Api.anonymous().get("/boards/{id}", 999_999).then().statusCode(404).body("code", equalTo("board.not-found"));
        Api.as(group.coordinator()).put("/cards/{id}/vote", 999_999).then().statusCode(404).body("code", equalTo("board.card-not-found"));
    }
}
