package fr.entraide.files;

import fr.entraide.accounts.User;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.common.security.Caller;
import fr.entraide.files.api.FileUsageView;
import fr.entraide.files.api.FileView;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.GroupSnapshot;
import fr.entraide.groups.Standing;
import fr.entraide.groups.Visibility;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;

/**
 * Uploads, downloads and removal of a group's files. An upload arrives as a temporary file (the HTTP layer streams
 * multipart bodies to disk); it is checked (not empty, type read from its content, size limit of its kind), images
 * are re-encoded into the original, a resized variant and a thumbnail, then the bytes go to the {@link FileStore} and
 * the row to the database. No database transaction stays open while bytes move.
 */
@ApplicationScoped
public class FileService {

    private static final Logger LOG = Logger.getLogger(FileService.class);
    private static final Set<String> VARIANTS = Set.of("original", StoredFile.LARGE, StoredFile.THUMBNAIL);

    /** Decoding an image takes its pixels in memory (up to about 4 × originalSide² bytes): one at a time. */
    private final Semaphore imageWork = new Semaphore(1);

    @Inject
    FileStore store;

    @Inject
    FilesConfig config;

    @Inject
    FileLinks links;

    @Inject
    FileViews views;

    @Inject
    GroupAccess groups;

    /** What a download serves: the file, the key of the variant asked for, its size, and how long to cache it. */
    public record Download(StoredFile file, String key, long size, String cacheControl) {
    }

    /** A file ready to store: the bytes (maybe re-encoded), their type, and for images their variants. */
    private record Prepared(Path original, String contentType, String name, Path large, Path thumbnail,
                            Integer width, Integer height) {
    }

    public FileView upload(String slug, Caller caller, Path uploaded, String fileName, String alt) {
        long groupId = QuarkusTransaction.requiringNew().call(() -> {
            Group group = groups.readable(slug, Optional.of(caller));
            GroupAccess.membersOnly(FilePolicy.upload(groups.standing(group, Optional.of(caller))), group);
            return group.id;
        });
        if (uploaded == null) {
            throw ProblemException.invalid("file", "file.required");
        }
        String name = cleanName(fileName);
        List<Path> temporary = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        try {
            long size = Files.size(uploaded);
            if (size == 0) {
                throw ProblemException.invalid("file", "file.empty");
            }
            String type = FileTypes.detect(uploaded, name);
            FileKind kind = FileTypes.kind(type)
                    .orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "file.type-refused", type));
            long limit = limit(kind);
            if (size > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "file.too-large",
                        Math.max(1, limit / (1024 * 1024)));
            }
            Prepared prepared = kind == FileKind.IMAGE ? image(uploaded, type, name, temporary)
                    : new Prepared(uploaded, type, name, null, null, null, null);
            String key = "g" + groupId + "/" + UUID.randomUUID();
            String sha256 = sha256(prepared.original());
            long storedSize = Files.size(prepared.original());
            store.put(key, prepared.original(), prepared.contentType());
            stored.add(key);
            if (prepared.large() != null) {
                store.put(key + "." + StoredFile.LARGE, prepared.large(), prepared.contentType());
                stored.add(key + "." + StoredFile.LARGE);
                store.put(key + "." + StoredFile.THUMBNAIL, prepared.thumbnail(), prepared.contentType());
                stored.add(key + "." + StoredFile.THUMBNAIL);
            }
            FileView view = QuarkusTransaction.requiringNew().call(() -> {
                StoredFile file = new StoredFile();
                file.groupId = groupId;
                file.uploaderId = caller.id();
                file.name = prepared.name();
                file.contentType = prepared.contentType();
                file.size = storedSize;
                file.sha256 = sha256;
                file.storageKey = key;
                file.width = prepared.width();
                file.height = prepared.height();
                file.alt = alt == null || alt.isBlank() ? null : alt.strip();
                file.persist();
                return views.view(file, User.findById(caller.id()), groups.standing(groupId, Optional.of(caller)), caller.id());
            });
            stored.clear();
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stored.forEach(this::deleteQuietly);
            temporary.forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warnf("temporary file %s not deleted: %s", path, e.getMessage());
                }
            });
        }
    }

    private Prepared image(Path uploaded, String type, String name, List<Path> temporary) throws IOException {
        try {
            imageWork.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            Images.Decoded decoded = Images.read(uploaded, type, config.maxPixels(), config.originalSide());
            String suffix = decoded.format().equals("jpeg") ? ".jpg" : ".png";
            Path original = temporaryFile(suffix, temporary);
            Path large = temporaryFile(suffix, temporary);
            Path thumbnail = temporaryFile(suffix, temporary);
            Images.write(decoded.image(), decoded.format(), original);
            Images.write(Images.fit(decoded.image(), config.largeSide()), decoded.format(), large);
            Images.write(Images.fit(decoded.image(), config.thumbnailSide()), decoded.format(), thumbnail);
            String renamed = decoded.contentType().equals(type) ? name : name.replaceFirst("(\\.[A-Za-z0-9]{1,5})?$", suffix);
            return new Prepared(original, decoded.contentType(), renamed, large, thumbnail, decoded.width(), decoded.height());
        } catch (Images.Refused e) {
            LOG.debugf("image refused: %s", e.getMessage());
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "file.image-unreadable");
        } finally {
            imageWork.release();
        }
    }

    private static Path temporaryFile(String suffix, List<Path> temporary) throws IOException {
        Path path = Files.createTempFile("entraide-image-", suffix);
        temporary.add(path);
        return path;
    }

    /**
     * A file to serve. With a signed link ({@code expires} and {@code signature}), whoever holds it until it expires
     * (then 403); without, the readers of the file's group (a private group's file is a 404 for others).
     */
    public Download download(long id, String variant, Optional<Caller> caller, Long expires, String signature) {
        String wanted = variant == null ? "original" : variant;
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredFile file = StoredFile.<StoredFile>findByIdOptional(id).orElseThrow(() -> notFound(id));
            String cacheControl;
            if (signature != null || expires != null) {
                if (expires == null || !links.authentic(id, expires, signature)) {
                    throw notFound(id);
                }
                long left = expires - Instant.now().getEpochSecond();
                if (left <= 0) {
                    throw ProblemException.forbidden("file.link-expired");
                }
                cacheControl = "private, max-age=" + left;
            } else {
                GroupSnapshot group = readableGroup(file, caller);
                cacheControl = group.visibility() == Visibility.PUBLIC ? "public, max-age=3600" : "private, max-age=3600";
            }
            if (file.removed()) {
                throw new ProblemException(ProblemType.GONE, "file.removed", file.name);
            }
            if (!VARIANTS.contains(wanted) || !wanted.equals("original") && !file.image()) {
                throw notFound(id);
            }
            String key = file.key(wanted);
            try {
                return new Download(file, key, wanted.equals("original") ? file.size : store.size(key), cacheControl);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public InputStream open(Download download, long offset, long length) throws IOException {
        return store.open(download.key(), offset, length);
    }

    /** Removal by the uploader or a coordinator: the row stays (posts show "fichier retiré"), the bytes go. */
    public void delete(long id, Caller caller) {
        StoredFile removed = QuarkusTransaction.requiringNew().call(() -> {
            StoredFile file = StoredFile.<StoredFile>findByIdOptional(id).orElseThrow(() -> notFound(id));
            Group group = groups.readable(Group.<Group>findById(file.groupId), Optional.of(caller));
            if (!FilePolicy.delete(groups.standing(group, Optional.of(caller)), file.uploaderId == caller.id())) {
                throw ProblemException.forbidden("file.uploader-or-coordinators");
            }
            if (file.removed()) {
                throw new ProblemException(ProblemType.GONE, "file.removed", file.name);
            }
            file.deletedAt = Instant.now();
            file.deletedBy = caller.id();
            return file;
        });
        deleteQuietly(removed.key(null));
        if (removed.image()) {
            deleteQuietly(removed.key(StoredFile.LARGE));
            deleteQuietly(removed.key(StoredFile.THUMBNAIL));
        }
    }

    /** What a group's files take: for its coordinators. */
    public FileUsageView usage(String slug, Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Group group = groups.readable(slug, Optional.of(caller));
            Standing standing = groups.standing(group, Optional.of(caller));
            GroupAccess.coordinatorsOnly(FilePolicy.seeUsage(standing), group);
            Object[] totals = StoredFile.getEntityManager().createQuery(
                            "select count(f), coalesce(sum(f.size), 0) from StoredFile f where f.groupId = :group and f.deletedAt is null",
                            Object[].class)
                    .setParameter("group", group.id).getSingleResult();
            List<FileView> recent = StoredFile.getEntityManager().createQuery("""
                            select f, u from StoredFile f join User u on u.id = f.uploaderId
                            where f.groupId = :group and f.deletedAt is null order by f.id desc""", Object[].class)
                    .setParameter("group", group.id).setMaxResults(100).getResultStream()
                    .map(row -> views.view((StoredFile) row[0], (User) row[1], standing, caller.id()))
                    .toList();
            return new FileUsageView((Long) totals[0], ((Number) totals[1]).longValue(), recent);
        });
    }

    /** A file of the group that a library entry or another feature attaches: a 400 on {@code field} otherwise. */
    public StoredFile attachable(long id, long groupId, String field) {
        return StoredFile.<StoredFile>find("id = ?1 and groupId = ?2 and deletedAt is null", id, groupId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid(field, "file.not-in-group"));
    }

    /** The file's group if the caller may read it; the file is a 404 otherwise, as its group would be. */
    private GroupSnapshot readableGroup(StoredFile file, Optional<Caller> caller) {
        try {
            return groups.readableSnapshot(file.groupId, caller);
        } catch (ProblemException e) {
            throw notFound(file.id);
        }
    }

    private long limit(FileKind kind) {
        return switch (kind) {
            case IMAGE -> config.maxSize().image();
            case DOCUMENT -> config.maxSize().document();
            case MEDIA -> config.maxSize().media();
        };
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("stored file %s not deleted: %s", key, e.getMessage());
        }
    }

    /** The name as shown and offered on download: no folders, no control characters, at most 200 characters. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "fichier";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("file.not-found", id);
    }
}
