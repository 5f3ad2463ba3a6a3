package fr.entraide.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a psql script of bench/ over JDBC, for tests that have no psql at hand. It understands only the psql commands
 * those scripts use: {@code \set name value}, {@code \if :{?name}} … {@code \else} … {@code \endif}, {@code \gset}
 * (its row is dropped), and the variables {@code :name} and {@code :'name'}; any other backslash command fails.
 */
public final class PsqlScript {

    private static final Pattern DEFINED = Pattern.compile("\\\\if\\s+:\\{\\?(\\w+)}");
    private static final Pattern VARIABLE = Pattern.compile("(?<![:\\w]):(?:'(\\w+)'|(\\w+))");

    private PsqlScript() {
    }

    public static void run(Connection connection, Path script, Map<String, String> variables) throws IOException, SQLException {
        Map<String, String> values = new HashMap<>(variables);
        Deque<Boolean> branches = new ArrayDeque<>();
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(script)) {
            String command = line.strip();
            Matcher defined = DEFINED.matcher(command);
            if (defined.matches()) {
                branches.push(values.containsKey(defined.group(1)));
            } else if (command.equals("\\else")) {
                branches.push(!branches.pop());
            } else if (command.equals("\\endif")) {
                branches.pop();
            } else if (branches.contains(false)) {
                continue;
            } else if (command.startsWith("\\set ")) {
                String[] parts = command.split("\\s+", 3);
                values.put(parts[1], parts[2]);
            } else if (command.startsWith("\\")) {
                throw new IllegalArgumentException("psql command not understood here: " + command);
            } else {
                sql.append(substitute(line.replace("\\gset", ";"), values)).append('\n');
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
        }
    }

    private static String substitute(String line, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String quoted = variable.group(1);
            String name = quoted != null ? quoted : variable.group(2);
            String value = values.get(name);
            String replacement = value == null ? variable.group()
                    : quoted != null ? "'" + value.replace("'", "''") + "'" : value;
            variable.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(out);
        return out.toString();
    }
}
