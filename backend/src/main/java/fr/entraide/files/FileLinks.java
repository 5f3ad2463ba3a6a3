package fr.entraide.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short-lived signed links to files: {@code /api/v1/files/{id}[/variant]?exp=…&sig=…}, an HMAC of the id and the
 * expiry, so that an {@code <img>} of a private group works for the reader it was given to, for a while, without a
 * token in the URL and without a guessable public address. Expiries are rounded up to the next period: the same link
 * for everyone during a period, which browsers and proxies can cache.
 *
 * <p>Posts keep the plain {@code /api/v1/files/{id}} of their Markdown; {@link #forReaders(String)} signs those links
 * of a post's HTML when it is shown, and names removed files "fichier retiré".
 */
@ApplicationScoped
public class FileLinks {

    public static final String PREFIX = "/api/v1/files/";

    private static final Pattern LINK = Pattern.compile("(src|href)=\"" + Pattern.quote(PREFIX) + "(\\d+)((?:/[a-z]+)?)\"");
    private static final Pattern REMOVED_ANCHOR = Pattern.compile(
            "<a\\b[^>]*\\bhref=\"" + Pattern.quote(PREFIX) + "(\\d+)[^\"]*\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern REMOVED_IMAGE = Pattern.compile(
            "<img\\b[^>]*\\bsrc=\"" + Pattern.quote(PREFIX) + "(\\d+)[^\"]*\"[^>]*>");
    static final String REMOVED_HTML = "<span class=\"file-removed\">fichier retiré</span>";

    private final byte[] key;
    private final long period;

    @Inject
    public FileLinks(FilesConfig config) {
        this.key = config.signingKey().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(FileLinks::randomKey);
        this.period = Math.max(1, config.linkLifetime().toSeconds());
    }

    /** The stable address of a file (or of one of its variants), as Markdown keeps it. */
    public static String path(long id, String variant) {
        return PREFIX + id + (variant == null ? "" : "/" + variant);
    }

    /** That address signed for the coming period. */
    public String signed(long id, String variant) {
        long expires = expiry(Instant.now());
        return path(id, variant) + "?exp=" + expires + "&sig=" + signature(id, expires);
    }

    /** Whether a link's signature is this file's; the caller checks the expiry separately (expired: 403). */
    public boolean authentic(long id, long expires, String signature) {
        return signature != null && MessageDigest.isEqual(
                signature(id, expires).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    long expiry(Instant now) {
        return (now.getEpochSecond() / period + 2) * period;
    }

    String signature(long id, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of our files that an HTML fragment links to or shows. */
    public static Set<Long> referenced(String html) {
        Set<Long> ids = new HashSet<>();
        if (html != null && html.contains(PREFIX)) {
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                ids.add(Long.parseLong(link.group(2)));
            }
        }
        return ids;
    }

    /**
     * A post's HTML as its readers get it: links and images of removed files replaced by "fichier retiré", the others
     * signed. One query, and only for HTML that refers to files.
     */
    public String forReaders(String html) {
        Set<Long> ids = referenced(html);
        if (ids.isEmpty()) {
            return html;
        }
        Set<Long> removed = new HashSet<>(StoredFile.getEntityManager().createQuery(
                        "select f.id from StoredFile f where f.id in :ids and f.deletedAt is not null", Long.class)
                .setParameter("ids", ids).getResultList());
        return sign(withoutRemoved(html, removed));
    }

    static String withoutRemoved(String html, Set<Long> removed) {
        if (removed.isEmpty()) {
            return html;
        }
        String result = REMOVED_ANCHOR.matcher(html).replaceAll(match -> removed.contains(Long.parseLong(match.group(1)))
                ? Matcher.quoteReplacement("<span class=\"file-removed\">" + match.group(2) + " (fichier retiré)</span>")
                : Matcher.quoteReplacement(match.group()));
        return REMOVED_IMAGE.matcher(result).replaceAll(match -> removed.contains(Long.parseLong(match.group(1)))
                ? Matcher.quoteReplacement(REMOVED_HTML) : Matcher.quoteReplacement(match.group()));
    }

    private String sign(String html) {
        long expires = expiry(Instant.now());
        return LINK.matcher(html).replaceAll(match -> {
            long id = Long.parseLong(match.group(2));
            return Matcher.quoteReplacement(match.group(1) + "=\"" + PREFIX + id + match.group(3)
                    + "?exp=" + expires + "&amp;sig=" + signature(id, expires) + "\"");
        });
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
