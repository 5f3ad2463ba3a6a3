package fr.entraide.workshops;

import fr.entraide.accounts.User;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A workshop's participants as a file that French Excel opens as it is: UTF-8 with a byte order mark, ";" between
 * cells, French labels, times in the workshop's zone. A cell that a spreadsheet would run as a formula is quoted off.
 */
final class RegistrationsCsv {

    record Row(Registration registration, User user, Integer position) {
    }

    private static final String BOM = "\uFEFF";
    private static final String HEADER = "Statut;Position en attente;Nom;Nom d'utilisateur·rice;Courriel;Inscrit·e le";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RegistrationsCsv() {
    }

    static String write(List<Row> rows, ZoneId zone) {
        return BOM + HEADER + "\r\n" + rows.stream().map(row -> String.join(";",
                        cell(row.registration().status == RegistrationStatus.CONFIRMED ? "Confirmé·e" : "En liste d'attente"),
                        row.position() == null ? "" : row.position().toString(),
                        cell(row.user().displayName), cell(row.user().username), cell(row.user().email),
                        LOCAL_TIME.format(row.registration().createdAt.atZone(zone))))
                .map(line -> line + "\r\n")
                .collect(Collectors.joining());
    }

    private static String cell(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
