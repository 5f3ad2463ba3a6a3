package fr.entraide.local;

import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/** Secrets of a local installation, made once and kept in {@code <home>/secrets}, readable by this account only. */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String readOrCreate(Path home, String name, Supplier<String> make) throws IOException {
        Path file = folder(home).resolve(name);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String value = make.get();
        write(file, value);
        return value;
    }

    /** The RS256 pair of access tokens, so that sessions survive a restart; returns {private, public} PEM paths. */
    static Path[] jwtKeyPair(Path home) throws IOException {
        Path privateKey = folder(home).resolve("jwt-private.pem");
        Path publicKey = folder(home).resolve("jwt-public.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            KeyPair pair = generate();
            write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
        return new Path[] {privateKey, publicKey};
    }

    private static KeyPair generate() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static Path folder(Path home) throws IOException {
        Path folder = home.resolve("secrets");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
