package fr.entraide.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** An open Server-Sent Events stream, read in the background until the server ends it. */
public final class Streams {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final InputStream body;
    /** Completes when the server closes the stream. */
    public final CompletableFuture<Void> ended;

    private Streams(InputStream body) {
        this.body = body;
        this.ended = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                while (reader.readLine() != null) {
                    // events and keep-alives: only the end matters here
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

    public void close() {
        try {
            body.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
