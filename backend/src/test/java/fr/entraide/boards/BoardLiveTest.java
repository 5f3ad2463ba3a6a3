package fr.entraide.boards;

import fr.entraide.support.Api;
import fr.entraide.support.Concurrently;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many members on one board at once, and streams that reconnect. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class BoardLiveTest {

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/api/v1/boards")
    URL boardsUrl;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void manyMembers_movingAndVotingAtOnce_leaveAConsistentBoard() throws Exception {
        BoardResourceTest.Setup s = new BoardResourceTest().withFixtures(fixtures).setup(3);
        List<TestUser> members = new ArrayList<>(List.of(s.alice(), s.bob()));
        for (int i = 0; i < 8; i++) {
            TestUser member = fixtures.verifiedUser();
            fixtures.join(member, s.slug());
            members.add(member);
        }
        List<Long> cards = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cards.add(BoardResourceTest.card(members.get(i % members.size()), s.board(), s.columns().get(i % 3), "Carte " + i));
        }
        List<Callable<List<Integer>>> calls = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            TestUser member = members.get(m);
            Random random = new Random(m);
            calls.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    long card = cards.get(random.nextInt(cards.size()));
                    if (i % 2 == 0) {
                        statuses.add(Api.as(member).put("/cards/{id}/vote", card).statusCode());
                    } else {
                        Map<String, Object> move = new HashMap<>();
                        move.put("column", s.columns().get(random.nextInt(3)));
                        move.put("after", random.nextBoolean() ? null : cards.get(random.nextInt(cards.size())));
                        move.put("version", 0);
                        statuses.add(Api.as(member).body(move).patch("/cards/{id}", card).statusCode());
                    }
                }
                return statuses;
            });
        }
        List<List<Integer>> results = Concurrently.fire(calls);
        // 200; 409 past the allowance; 400 when the card to follow had just left the column (or is the card itself)
        results.stream().flatMap(List::stream).forEach(status ->
                assertTrue(status == 200 || status == 409 || status == 400, "unexpected " + status));

        QuarkusTransaction.requiringNew().run(() -> {
            List<BoardCard> all = BoardCard.list("boardId = ?1 order by columnId, position", s.board());
            assertEquals(12, all.size(), "no card lost or doubled");
            Map<Long, String> lastInColumn = new HashMap<>();
            for (BoardCard card : all) {
                String before = lastInColumn.put(card.columnId, card.position);
                assertTrue(before == null || before.compareTo(card.position) < 0, "positions unique and ordered in a column");
            }
            for (TestUser member : members) {
                long votes = BoardVote.count("boardId = ?1 and userId = ?2", s.board(), member.id());
                assertTrue(votes <= 3, member.id() + " has " + votes + " votes");
            }
            List<BoardEvent> events = BoardEvent.list("boardId = ?1 order by seq", s.board());
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i + 1, events.get(i).seq, "events numbered without gaps");
            }
            assertEquals(Board.<Board>findById(s.board()).lastSeq, events.size());
        });
        long okMoves = results.stream().flatMap(List::stream).filter(status -> status == 200).count();
        assertTrue(okMoves > 0);
    }

    /** An SSE stream read into (id, event) pairs. */
    static final class Reader {
        final InputStream body;
        final List<String[]> events = new ArrayList<>();
        final CompletableFuture<Void> done;

        Reader(String url, String token, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            body = response.body();
            done = CompletableFuture.runAsync(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String line;
                    String id = null;
                    while ((line = reader.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            synchronized (events) {
                                events.add(new String[]{id, line.substring(5).strip()});
                            }
                        } else if (line.startsWith(":") && line.substring(1).strip().equals("ready")) {
                            synchronized (events) {
                                events.add(new String[]{"ready", ""});
                            }
                        }
                    }
                } catch (Exception e) {
                    // closed by the test
                }
            });
        }

        List<String> ids(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                synchronized (events) {
                    List<String> ids = events.stream().map(e -> e[0]).filter(id -> !"ready".equals(id)).toList();
                    if (ids.size() >= count) {
                        return ids;
                    }
                }
                Thread.sleep(20);
            }
            synchronized (events) {
                throw new AssertionError("only " + events.size() + " events");
            }
        }

        void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                synchronized (events) {
                    if (events.stream().anyMatch(e -> "ready".equals(e[0]))) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("never ready");
        }

        void close() {
            try {
                body.close();
            } catch (Exception e) {
                // already closed
            }
        }
    }

    @Test
    void theStream_sendsEveryChangeInOrder_andResumesAfterLastEventId() throws Exception {
        BoardResourceTest.Setup s = new BoardResourceTest().withFixtures(fixtures).setup(3);
        String url = boardsUrl + "/" + s.board() + "/stream";
        Reader live = new Reader(url, s.bob().token(), null);
        Reader second;
        try {
            live.awaitReady();
            long a = BoardResourceTest.card(s.alice(), s.board(), s.columns().get(0), "A");
            long b = BoardResourceTest.card(s.alice(), s.board(), s.columns().get(0), "B");
            Api.as(s.alice()).body(BoardResourceTest.move(s.columns().get(1), null)).patch("/cards/{id}", a).then().statusCode(200);
            assertEquals(List.of("1", "2", "3"), live.ids(3));
            synchronized (live.events) {
                String moved = live.events.stream().filter(e -> "3".equals(e[0])).findFirst().orElseThrow()[1];
                assertTrue(moved.contains("\"kind\":\"CARD_MOVED\"") && moved.contains("\"toColumn\":\"Idées\""), moved);
            }
            live.close();

            // while the member is away (a network cut), two more changes
            Api.as(s.alice()).put("/cards/{id}/vote", b).then().statusCode(200);
            Api.as(s.alice()).body(Map.of("text", "B revu", "details", "Sur deux\nlignes", "version", 0)).patch("/cards/{id}", b).then().statusCode(200);
            second = new Reader(url, s.bob().token(), "3");
            assertEquals(List.of("4", "5"), second.ids(2));
            BoardResourceTest.card(s.bob(), s.board(), s.columns().get(2), "C");
            List<String> ids = second.ids(3);
            assertEquals(List.of("4", "5", "6"), ids, "nothing lost, nothing twice");
            assertEquals(Set.copyOf(ids).size(), new HashSet<>(ids).size());
            second.close();
        } finally {
            live.close();
        }
    }
}
