package fr.entraide.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Features depend on each other in one direction only, and {@code common} on none of them (README, Architecture). */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/entraide");
    private static final Pattern REFERENCE = Pattern.compile("\\bfr\\.entraide\\.(\\w+)\\.");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void commonKnowsNoFeature() throws IOException {
        assertEquals(Set.of(), dependencies().get("common"), "features used by common");
    }

    @Test
    void featuresFormNoCycle() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String feature : dependencies.keySet()) {
            for (String used : dependencies.get(feature)) {
                if (feature.compareTo(used) < 0 && reaches(dependencies, used, feature, new TreeSet<>())) {
                    cycles.add(feature + " <-> " + used);
                }
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    private static boolean reaches(Map<String, Set<String>> dependencies, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return dependencies.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(dependencies, next, to, seen));
    }

    /** Feature → the other features its code names (imports and qualified names; comments do not count). */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                Set<String> used = dependencies.computeIfAbsent(feature, f -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
                while (reference.find()) {
                    if (!reference.group(1).equals(feature)) {
                        used.add(reference.group(1));
                    }
                }
            }
        }
        assertTrue(dependencies.keySet().containsAll(Set.of("accounts", "groups", "forum", "workshops", "meetings")), "sources found");
        return dependencies;
    }
}
