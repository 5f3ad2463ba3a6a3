package fr.entraide.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's first command, as a person runs it: the packaged jar with no database variable starts its own PostgreSQL,
 * migrates it, serves the SPA and the API, keeps its mails in the local mailbox, and finds everything again after
 * a restart (accounts, and the signing keys of sessions).
 */
class LocalModeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path dataDir;
    private Process process;
    private Path output;

    @Test
    void startsItsOwnDatabaseAndKeepsDataAcrossARestart() throws Exception {
        dataDir = Files.createTempDirectory("entraide-local-it-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = freePort();
        String base = "http://localhost:" + port;

        start(port);
        String log = Files.readString(output);
        assertTrue(log.contains("Entraide est prêt : " + base), log);
        assertTrue(log.contains("Administration : admin@entraide.local / mot de passe "), "the generated admin password is printed");
        HttpResponse<String> spa = http.send(HttpRequest.newBuilder(URI.create(base + "/groups/x/forum")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, spa.statusCode());
        assertTrue(spa.body().contains("<div id=\"app\""), "a client-side route answers with the SPA");

        String email = "local-" + System.nanoTime() + "@mediatheque.test";
        assertEquals(201, post(base + "/api/v1/auth/register", Map.of("email", email, "username", "local" + System.nanoTime() % 100000,
                "displayName", "Claude, médiathèque locale", "password", "une phrase de passe solide")).statusCode());
        JsonNode mail = awaitMail(base, email);
        assertTrue(log(output).contains("Courriel gardé (mode local) pour " + email), "the console names each kept mail and its links");
        Matcher token = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)").matcher(mail.get("text").asText());
        assertTrue(token.find(), mail.toString());
        assertEquals(204, post(base + "/api/v1/auth/verify-email", Map.of("token", token.group(1))).statusCode());
        HttpResponse<String> login = post(base + "/api/v1/auth/login", Map.of("email", email, "password", "une phrase de passe solide"));
        assertEquals(200, login.statusCode());
        String accessToken = JSON.readTree(login.body()).get("accessToken").asText();

        Path cluster = dataDir.resolve("postgresql/data");
        assertTrue(Files.exists(cluster.resolve("postmaster.pid")));
        if (EmbeddedPostgres.isRoot()) {
            assertEquals(EmbeddedPostgres.SYSTEM_USER, Files.getOwner(cluster).getName(), "PostgreSQL never runs as root");
        }
        stop();
        assertFalse(Files.exists(cluster.resolve("postmaster.pid")), "PostgreSQL stops with the application");

        start(port);
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), "a session signed before the restart is still valid: " + me.body());
        assertEquals(email, JSON.readTree(me.body()).get("email").asText());
        assertEquals(200, post(base + "/api/v1/auth/login", Map.of("email", email, "password", "une phrase de passe solide")).statusCode());
    }

    @AfterEach
    void cleanUp() throws Exception {
        stop();
        if (dataDir != null) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void start(int port) throws Exception {
        output = Files.createTempFile("entraide-local-it-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("jvm.options").toAbsolutePath(), "-jar", System.getProperty("app.jar"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("APP_") || name.startsWith("SMALLRYE_") || name.startsWith("MP_"));
        env.put("APP_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("APP_OUTBOX_INTERVAL", "1s");
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), () -> "the application stopped: " + log(output));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within 3 minutes: " + log(output));
    }

    private void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not stop within 60 s: " + log(output));
            }
        }
        process = null;
    }

    private JsonNode awaitMail(String base, String to) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/local/mailbox?to=" + to)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            for (JsonNode mail : JSON.readTree(page.body()).get("items")) {
                if ("SENT".equals(mail.get("status").asText())) {
                    return mail;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail kept for " + to);
    }

    private HttpResponse<String> post(String url, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
