package fr.entraide.files;

import org.apache.tika.Tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a file is, read from its bytes (Apache Tika's magic numbers; the name only refines a container format such
 * as a zip into docx), and whether we accept it. Accepted types are an allow-list: SVG, HTML, XML, scripts,
 * executables and anything unknown are refused, because a browser could run them from our origin.
 */
public final class FileTypes {

    private static final Tika TIKA = new Tika();

    private static final Map<String, FileKind> ACCEPTED = Map.ofEntries(
            Map.entry("image/jpeg", FileKind.IMAGE),
            Map.entry("image/png", FileKind.IMAGE),
            Map.entry("image/gif", FileKind.IMAGE),
            Map.entry("application/pdf", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.presentation", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", FileKind.DOCUMENT),
            Map.entry("application/msword", FileKind.DOCUMENT),
            Map.entry("application/vnd.ms-excel", FileKind.DOCUMENT),
            Map.entry("application/vnd.ms-powerpoint", FileKind.DOCUMENT),
            Map.entry("application/epub+zip", FileKind.DOCUMENT),
            Map.entry("text/plain", FileKind.DOCUMENT),
            Map.entry("text/csv", FileKind.DOCUMENT),
            Map.entry("audio/mpeg", FileKind.MEDIA),
            Map.entry("audio/ogg", FileKind.MEDIA),
            Map.entry("audio/vorbis", FileKind.MEDIA),
            Map.entry("audio/opus", FileKind.MEDIA),
            Map.entry("audio/mp4", FileKind.MEDIA),
            Map.entry("audio/vnd.wave", FileKind.MEDIA),
            Map.entry("video/mp4", FileKind.MEDIA),
            Map.entry("video/webm", FileKind.MEDIA),
            Map.entry("video/ogg", FileKind.MEDIA));

    private FileTypes() {
    }

    /** The media type of the file's content; {@code name} (as the uploader named it) only refines containers. */
    public static String detect(Path file, String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in, name);
        }
    }

    /** The kind of an accepted type; empty for a refused one. */
    public static Optional<FileKind> kind(String mediaType) {
        return Optional.ofNullable(ACCEPTED.get(mediaType));
    }

    /** Shown in the browser (images, PDF, audio, video) rather than downloaded. */
    public static boolean inline(String mediaType) {
        return mediaType.startsWith("image/") || mediaType.startsWith("audio/") || mediaType.startsWith("video/")
                || mediaType.equals("application/pdf");
    }
}
