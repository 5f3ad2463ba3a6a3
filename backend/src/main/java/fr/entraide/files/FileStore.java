package fr.entraide.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of uploaded files live, behind the smallest interface both a local folder and an S3-compatible
 * object storage can offer. Keys are opaque paths made by {@link FileService}; nothing here knows groups or rights.
 * Every method streams: no file is ever held whole in memory.
 */
public interface FileStore {

    /** Stores the content of a local file (already checked and hashed) under {@code key}, replacing any. */
    void put(String key, Path content, String contentType) throws IOException;

    /**
     * Reads {@code length} bytes from {@code offset} ({@code length < 0}: to the end). The caller closes the stream.
     */
    InputStream open(String key, long offset, long length) throws IOException;

    /** Removes the object; no error if it is already gone. */
    void delete(String key) throws IOException;

    /** Size in bytes of the stored object. */
    long size(String key) throws IOException;
}
