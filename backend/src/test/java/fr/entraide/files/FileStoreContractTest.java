package fr.entraide.files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What {@link FileService} expects of a {@link FileStore}, checked on both: the local folder, and the S3 adapter
 * against a real S3-compatible server (moto's, {@code pip install "moto[server]"}) started here when the machine has
 * {@code moto_server}; without it the S3 half is skipped, not faked.
 */
class FileStoreContractTest {

    static Process moto;
    static int motoPort;

    @TempDir
    Path folder;

    @BeforeAll
    static void startS3() throws Exception {
        Optional<Path> server = onPath("moto_server");
        if (server.isEmpty()) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            motoPort = socket.getLocalPort();
        }
        moto = new ProcessBuilder(server.get().toString(), "-H", "127.0.0.1", "-p", Integer.toString(motoPort))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", motoPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("moto_server did not start");
    }

    @AfterAll
    static void stopS3() {
        if (moto != null) {
            moto.destroy();
        }
    }

    @Test
    void theLocalStore_keepsTheContract() throws IOException {
        contract(new LocalFileStore(folder.resolve("store")));
    }

    @Test
    void theLocalStore_refusesKeysOutsideItsFolder() {
        LocalFileStore store = new LocalFileStore(folder.resolve("store"));
        assertThrows(IllegalArgumentException.class, () -> store.size("../outside"));
    }

    @Test
    void theS3Store_keepsTheContract_againstARealS3Server() throws IOException {
        Assumptions.assumeTrue(moto != null, "moto_server is not installed: the S3 adapter is checked by the local contract only");
        try (S3FileStore store = new S3FileStore(s3Config("http://127.0.0.1:" + motoPort))) {
            store.ensureBucket();
            store.ensureBucket();
            contract(store);
        }
    }

    void contract(FileStore store) throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path source = Files.write(folder.resolve("source.bin"), content);
        String key = "g1/" + java.util.UUID.randomUUID();

        store.put(key, source, "application/pdf");
        assertEquals(content.length, store.size(key));
        try (InputStream in = store.open(key, 0, -1)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        try (InputStream in = store.open(key, 1000, 500)) {
            assertArrayEquals(Arrays.copyOfRange(content, 1000, 1500), in.readAllBytes());
        }
        try (InputStream in = store.open(key, content.length - 10, -1)) {
            assertArrayEquals(Arrays.copyOfRange(content, content.length - 10, content.length), in.readAllBytes());
        }
        store.put(key + ".thumb", source, "application/pdf");
        store.delete(key);
        store.delete(key);
        assertThrows(IOException.class, () -> store.size(key));
        assertEquals(content.length, store.size(key + ".thumb"));
    }

    static FilesConfig.S3 s3Config(String endpoint) {
        return new FilesConfig.S3() {
            public Optional<String> endpoint() {
                return Optional.of(endpoint);
            }

            public String bucket() {
                return "entraide-test";
            }

            public String region() {
                return "us-east-1";
            }

            public Optional<String> accessKey() {
                return Optional.of("test");
            }

            public Optional<String> secretKey() {
                return Optional.of("test-secret");
            }

            public boolean pathStyle() {
                return true;
            }
        };
    }

    static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable).findFirst();
    }
}
