package fr.entraide.boards;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.boards.api.BoardSummary;

import java.util.stream.Collectors;

/** A board's summary as files: Markdown to paste in a thread or a wiki, CSV that French Excel opens as it is. */
public final class BoardExports {

    private static final String BOM = "\uFEFF";

    private BoardExports() {
    }

    public static String markdown(BoardSummary summary) {
        StringBuilder md = new StringBuilder("# ").append(line(summary.title())).append("\n\n");
        if (!summary.question().isBlank()) {
            md.append("> ").append(summary.question().strip().replace("\n", "\n> ")).append("\n\n");
        }
        for (BoardSummary.Column column : summary.columns()) {
            md.append("## ").append(line(column.name())).append("\n\n");
            if (column.cards().isEmpty()) {
                md.append("_(aucune carte)_\n\n");
                continue;
            }
            for (BoardSummary.Card card : column.cards()) {
                md.append("- ").append(line(card.text())).append(by(card.author())).append(votes(card.votes())).append('\n');
                if (!card.details().isBlank()) {
                    md.append("  ").append(card.details().strip().replace("\n", "\n  ")).append('\n');
                }
                for (BoardSummary.Grouped grouped : card.grouped()) {
                    md.append("  - ").append(line(grouped.text())).append(by(grouped.author()))
                            .append(votes(grouped.votes())).append('\n');
                }
            }
            md.append('\n');
        }
        md.append("## Participant·es\n\n").append(summary.participants().isEmpty() ? "_(personne)_"
                : summary.participants().stream().map(p -> line(p.displayName())).collect(Collectors.joining(", ")))
                .append('\n');
        return md.toString();
    }

    public static String csv(BoardSummary summary) {
        StringBuilder csv = new StringBuilder(BOM).append("Colonne;Carte;Regroupée sous;Auteur·rice;Votes;Précisions\r\n");
        for (BoardSummary.Column column : summary.columns()) {
            for (BoardSummary.Card card : column.cards()) {
                csv.append(String.join(";", cell(column.name()), cell(card.text()), "", cell(name(card.author())),
                        count(card.votes()), cell(card.details()))).append("\r\n");
                for (BoardSummary.Grouped grouped : card.grouped()) {
                    csv.append(String.join(";", cell(column.name()), cell(grouped.text()), cell(card.text()),
                            cell(name(grouped.author())), count(grouped.votes()), "")).append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    private static String by(UserRef author) {
        return author == null ? "" : " — " + line(author.displayName());
    }

    private static String votes(Integer votes) {
        return votes == null ? "" : " (" + votes + (votes == 1 ? " vote)" : " votes)");
    }

    private static String line(String text) {
        return text.replace('\n', ' ').replace("\r", "");
    }

    private static String name(UserRef person) {
        return person == null ? "" : person.displayName();
    }

    private static String count(Integer votes) {
        return votes == null ? "" : votes.toString();
    }

    /** Quoted; a cell that a spreadsheet would run as a formula is quoted off. */
    private static String cell(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
