package fr.entraide.common.error;

import fr.entraide.common.json.ControlCharacterException;
import fr.entraide.common.quota.CreationQuota;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem code the sources use has a text in French and in English, both files have the same codes, and a
 * text takes the same arguments in both languages.
 */
class ProblemCodesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Where a problem's code is written: the factories of ProblemException, and the limits that make one. */
    private static final Pattern CALL = Pattern.compile(
            "ProblemException\\.(?:invalid|conflict|notFound|forbidden)\\s*\\(|new ProblemException\\s*\\(|\\.enforce\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{(entraide\\.[a-z.-]+)}\"");

    private final Properties french = load("messages/problems.properties");
    private final Properties english = load("messages/problems_en.properties");

    @Test
    void bothLanguages_haveTheSameCodes() {
        assertEquals(Set.of(), onlyIn(french, english), "codes in French only");
        assertEquals(Set.of(), onlyIn(english, french), "codes in English only");
    }

    @Test
    void everyCodeTheSourcesUse_hasItsTexts() throws IOException {
        Set<String> used = codesInSources();
        assertTrue(used.size() > 120, "the scan of the sources found only " + used.size() + " codes: is it broken?");
        used.add(ControlCharacterException.SINGLE_LINE);
        used.add(ControlCharacterException.MULTI_LINE);
        for (CreationQuota.Kind kind : CreationQuota.Kind.values()) {
            used.add(kind.code());
        }
        for (ProblemType type : ProblemType.values()) {
            used.add(type.titleCode());
        }
        for (int status = 400; status < 600; status++) {
            used.add(ProblemMappers.httpCode(ProblemType.forStatus(status)));
        }
        Set<String> missing = used.stream().filter(code -> !french.containsKey(code) || !english.containsKey(code))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "codes without texts in messages/problems(_en): " + missing);
    }

    @Test
    void aText_takesTheSameArgumentsInBothLanguages() {
        for (String code : french.stringPropertyNames()) {
            assertEquals(arguments(french.getProperty(code)), arguments(english.getProperty(code, "")),
                    "arguments of " + code);
        }
    }

    @Test
    void ourConstraintMessages_existInBothLanguages() throws IOException {
        Properties fr = load("ValidationMessages_fr.properties");
        Properties en = load("ValidationMessages_en.properties");
        assertEquals(Set.of(), onlyIn(fr, en), "constraint messages in French only");
        assertEquals(Set.of(), onlyIn(en, fr), "constraint messages in English only");
        Set<String> used = new TreeSet<>();
        for (String source : sources()) {
            Matcher key = VALIDATION_KEY.matcher(source);
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        assertTrue(!used.isEmpty() && fr.stringPropertyNames().containsAll(used),
                "constraint messages without texts: " + used);
    }

    private static Set<String> onlyIn(Properties these, Properties notThose) {
        Set<String> codes = new TreeSet<>(these.stringPropertyNames());
        codes.removeAll(notThose.stringPropertyNames());
        return codes;
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String source : sources()) {
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                Matcher literal = LITERAL.matcher(arguments(source, call.end()));
                while (literal.find()) {
                    if (CODE.matcher(literal.group(1)).matches()) {
                        codes.add(literal.group(1));
                    }
                }
            }
        }
        return codes;
    }

    /** The text of a call's arguments, from after its opening parenthesis to the matching one. */
    private static String arguments(String source, int from) {
        int depth = 1;
        boolean inString = false;
        int i = from;
        for (; depth > 0 && i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return source.substring(from, i - 1);
    }

    private static List<String> sources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
        }
        return sources;
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern.replace("'", "''")).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemCodesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
