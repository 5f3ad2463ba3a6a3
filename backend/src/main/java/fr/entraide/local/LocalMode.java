package fr.entraide.local;

import io.quarkus.runtime.Application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The one-command mode: when no database is configured ({@code QUARKUS_DATASOURCE_JDBC_URL}), Entraide starts its
 * own PostgreSQL and gives every setting a local default, as configuration only: the rest of the application cannot
 * tell the difference. Settings the person gives (environment variables or system properties) always win.
 */
public final class LocalMode {

    private LocalMode() {
    }

    /** Starts the embedded database and sets the local defaults when no database is configured; else does nothing. */
    public static void prepareIfNoDatabase() {
        if (isSet("quarkus.datasource.jdbc.url")) {
            return;
        }
        Path home = dataHome();
        System.out.println("Entraide, mode local : données dans " + home.toAbsolutePath() + " (APP_DATA_DIR pour en changer)");
        try {
            Files.createDirectories(home);
            FileLock lock = lock(home);
            EmbeddedPostgres database = EmbeddedPostgres.start(home, home.resolve("postgresql-binaries"),
                    Integer.parseInt(setting("app.local.database-port", "0")));
            System.out.println("Entraide, mode local : PostgreSQL embarqué démarré sur le port " + database.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterApplication(database, lock), "embedded-postgres-stop"));
            configure(home, database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void configure(Path home, EmbeddedPostgres database) throws IOException {
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.username());
        System.setProperty("quarkus.datasource.password", database.password());
        System.setProperty("app.local.enabled", "true");
        System.setProperty("app.local.data-dir", home.toAbsolutePath().toString());
        defaultTo("quarkus.http.host", "localhost");
        defaultTo("app.public-url", "http://localhost:" + setting("quarkus.http.port", "8080"));
        if (!isSet("quarkus.mailer.host")) {
            // kept in the outbox and shown by the local mailbox, never sent to the outside world
            defaultTo("quarkus.mailer.mock", "true");
            defaultTo("app.local.mailbox", "true");
        }
        defaultTo("app.demo.enabled", "true");
        if (!isSet("app.demo.password")) {
            System.setProperty("app.demo.password", LocalSecrets.readOrCreate(home, "demo-password", LocalSecrets::randomPassword));
        }
        defaultTo("app.admin-email", "admin@entraide.local");
        if (!isSet("app.admin-password")) {
            System.setProperty("app.admin-password", LocalSecrets.readOrCreate(home, "admin-password", LocalSecrets::randomPassword));
            System.setProperty("app.local.show-admin-password", "true");
        }
        if (!isSet("smallrye.jwt.sign.key.location") && !isSet("mp.jwt.verify.publickey.location")) {
            Path[] keys = LocalSecrets.jwtKeyPair(home);
            System.setProperty("smallrye.jwt.sign.key.location", keys[0].toString());
            System.setProperty("mp.jwt.verify.publickey.location", keys[1].toString());
        }
    }

    /** Quarkus stops first (requests finished, pools closed), then the database. */
    private static void stopAfterApplication(EmbeddedPostgres database, FileLock lock) {
        Application application = Application.currentApplication();
        if (application != null) {
            application.awaitShutdown();
        }
        try {
            database.close();
            lock.release();
            lock.channel().close();
        } catch (IOException | RuntimeException e) {
            System.err.println("Entraide, mode local : arrêt de PostgreSQL incomplet : " + e.getMessage());
        }
    }

    private static FileLock lock(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve("entraide.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("another Entraide already runs with the data folder " + home + " (APP_DATA_DIR)");
        }
        return lock;
    }

    /** APP_DATA_DIR, else the user's data folder; as root, /var/lib/entraide (the database's system user must reach it). */
    static Path dataHome() {
        String configured = setting("app.data-dir", null);
        if (configured != null) {
            return Path.of(configured);
        }
        if (EmbeddedPostgres.isRoot()) {
            return Path.of("/var/lib/entraide");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("entraide");
    }

    private static void defaultTo(String property, String value) {
        if (!isSet(property)) {
            System.setProperty(property, value);
        }
    }

    static boolean isSet(String property) {
        return setting(property, null) != null;
    }

    /** A setting as MicroProfile Config would read it before Quarkus starts: system property, then environment. */
    static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

}
