package fr.entraide.support;


import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** An open Server-Sent Events stream, read in the background until the server ends it. */
public final class Streams {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final InputStream body;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Completes when the server closes the stream. */
    public final CompletableFuture<Void> ended;

    private Streams(InputStream body) {
        this.body = body;
        this.ended = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // closed by the test itself
            }
        });
    }

    public static Streams open(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("stream answered " + response.statusCode());
        }
        return new Streams(response.body());
    }

    /** Waits for the comment line (": name") a stream sends once it listens, e.g. "ready". */
    public void awaitComment(String name) throws InterruptedException {
        next(line -> line.startsWith(":") && line.substring(1).strip().equals(name), "the comment " + name);
    }

    /** The data of the next event of that name, skipping comments and other events. */
    public String nextData(String event) throws InterruptedException {
        next(line -> line.startsWith("event:") && line.substring(6).strip().equals(event), "an event " + event);
        return next(line -> line.startsWith("data:"), "the data of " + event).substring(5).strip();
    }

    private String next(Predicate<String> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no " + what + " within " + PATIENCE.toSeconds() + " s");
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    public void close() {
        try {
            body.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
