package fr.entraide.support;

import fr.entraide.local.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every {@code @QuarkusTest} a database: the server named by QUARKUS_DATASOURCE_JDBC_URL when there is one,
 * else a real PostgreSQL of its own (the same embedded server as the local mode), thrown away after the run.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres server;
    private Path home;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        try {
            // under the temporary folder: as root, the database's system user must be able to reach it
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            home = Files.createTempDirectory(temp, "entraide-test-db-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            server = EmbeddedPostgres.start(home, temp.resolve("entraide-postgresql-binaries"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        server.close();
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
