package fr.entraide.files;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Files and their storage (APP_FILES_*): which store, its settings, what may be uploaded, how links are signed. */
@ConfigMapping(prefix = "app.files")
public interface FilesConfig {

    enum Store { LOCAL, S3 }

    /** LOCAL (a folder, the default) or S3 (an S3-compatible object storage: what several instances share). */
    @WithDefault("local")
    Store store();

    /** Folder of the LOCAL store; the one-command mode puts it beside its database. */
    String localDir();

    S3 s3();

    Limits maxSize();

    /**
     * Key of the HMAC that signs file links (any long random text). Several instances must share one; unset, each
     * start draws its own, and links signed before a restart stop working (they are short-lived anyway).
     */
    Optional<String> signingKey();

    /** How long a signed link works, at least (links are rounded up to the next period so that caches keep them). */
    @WithDefault("PT1H")
    Duration linkLifetime();

    /**
     * Largest side, in pixels, of the original as kept (re-encoded): a larger picture is read subsampled by an integer
     * factor, which bounds the memory an upload takes (the product runs in a small heap).
     */
    @WithDefault("2560")
    int originalSide();

    /** Largest side, in pixels, of the resized variant of an image and of its thumbnail. */
    @WithDefault("1600")
    int largeSide();

    @WithDefault("320")
    int thumbnailSide();

    /** Images bigger than this many pixels are refused before being decoded (decompression bombs). */
    @WithDefault("50000000")
    long maxPixels();

    interface S3 {
        /** The service's URL (MinIO: http://minio:9000); unset: AWS itself. */
        Optional<String> endpoint();

        @WithDefault("entraide-files")
        String bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Path-style addressing (http://host/bucket/key), which MinIO and most compatible services want. */
        @WithDefault("true")
        boolean pathStyle();
    }

    /** Largest upload per kind of file, in bytes. */
    interface Limits {
        @WithDefault("10485760")
        long image();

        @WithDefault("26214400")
        long document();

        @WithDefault("104857600")
        long media();
    }
}
