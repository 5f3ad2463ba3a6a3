package fr.entraide.common.i18n;


import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Texts keyed by a stable code, in French ({@code <base>.properties}, the default) and English
 * ({@code <base>_en.properties}), read as UTF-8. Arguments follow {@link MessageFormat} ({@code {0}},
 * {@code {0,number,#}}), except that an apostrophe is always a plain apostrophe. A text missing in English falls
 * back to French, and a code missing everywhere is shown as itself.
 */
public final class MessageCatalog {

    private final Map<String, Map<String, String>> texts = new HashMap<>();

    private MessageCatalog(String baseName) {
        texts.put(Languages.FRENCH, read(baseName + ".properties"));
        texts.put(Languages.ENGLISH, read(baseName + "_" + Languages.ENGLISH + ".properties"));
    }

    /** @param baseName a classpath resource without its extension, e.g. {@code messages/problems} */
    public static MessageCatalog load(String baseName) {
        return new MessageCatalog(baseName);
    }

    public String format(String language, String code, Object... args) {
        String lang = Languages.orFrench(language);
        String pattern = texts.get(lang).getOrDefault(code, texts.get(Languages.FRENCH).get(code));
        if (pattern == null) {
            return code;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(lang)).format(args);
    }

    public Set<String> codes(String language) {
        return texts.get(Languages.orFrench(language)).keySet();
    }

    private static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message file " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((key, value) -> map.put((String) key, (String) value));
        return Map.copyOf(map);
    }
}
