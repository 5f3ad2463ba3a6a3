package fr.entraide.library;

import fr.entraide.library.api.LibraryEntryView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A library in the formats other tools read: CSV (a spreadsheet), CSL-JSON (Zotero, Zettlr, pandoc) and BibTeX
 * (LaTeX, JabRef). Links to attached files are the stable addresses of the API.
 */
public final class LibraryExports {

    private LibraryExports() {
    }

    public static String csv(List<LibraryEntryView> entries, String publicUrl) {
        StringBuilder out = new StringBuilder("\uFEFFtitre;sorte;auteurs;année;lien;fichier;licence;thèmes;accès libre;résumé\r\n");
        for (LibraryEntryView e : entries) {
            out.append(String.join(";", cell(e.title()), cell(e.kind().name()), cell(String.join(", ", e.authors())),
                            cell(e.year() == null ? "" : e.year().toString()), cell(e.url()),
                            cell(e.file() == null ? "" : publicUrl + e.file().url()), cell(e.licenceLabel()),
                            cell(String.join(", ", e.themes())), cell(e.openAccess() ? "oui" : "non"), cell(e.summary())))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** A CSV cell: quoted, quotes doubled; a leading = + - @ is neutralised so that no spreadsheet runs it. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    public static List<Map<String, Object>> cslJson(List<LibraryEntryView> entries, String publicUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (LibraryEntryView e : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "entraide-" + e.id());
            item.put("type", cslType(e.kind()));
            item.put("title", e.title());
            if (!e.authors().isEmpty()) {
                item.put("author", e.authors().stream().map(LibraryExports::cslName).toList());
            }
            if (e.year() != null) {
                item.put("issued", Map.of("date-parts", List.of(List.of(e.year()))));
            }
            String url = e.url() != null ? e.url() : e.file() != null ? publicUrl + e.file().url() : null;
            if (url != null) {
                item.put("URL", url);
            }
            if (!e.summary().isEmpty()) {
                item.put("abstract", e.summary());
            }
            if (!e.themes().isEmpty()) {
                item.put("keyword", String.join(", ", e.themes()));
            }
            item.put("license", e.licenceLabel());
            items.add(item);
        }
        return items;
    }

    /** "Prénom Nom" → family and given names; a single word (an organisation) stays literal. */
    static Map<String, String> cslName(String author) {
        String name = author.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? Map.of("literal", name)
                : Map.of("family", name.substring(space + 1), "given", name.substring(0, space));
    }

    static String cslType(LibraryKind kind) {
        return switch (kind) {
            case ARTICLE -> "article";
            case BOOK -> "book";
            case REPORT, PROJECT_SHEET -> "report";
            case PODCAST -> "song";
            case VIDEO -> "motion_picture";
            case TOOLKIT -> "document";
        };
    }

    public static String bibtex(List<LibraryEntryView> entries, String publicUrl) {
        StringBuilder out = new StringBuilder();
        for (LibraryEntryView e : entries) {
            out.append('@').append(switch (e.kind()) {
                case ARTICLE -> "article";
                case BOOK -> "book";
                case REPORT, PROJECT_SHEET -> "techreport";
                default -> "misc";
            }).append("{entraide").append(e.id()).append(",\n");
            field(out, "title", e.title());
            field(out, "author", e.authors().stream().collect(Collectors.joining(" and ")));
            field(out, "year", e.year() == null ? null : e.year().toString());
            field(out, "url", e.url() != null ? e.url() : e.file() != null ? publicUrl + e.file().url() : null);
            field(out, "abstract", e.summary());
            field(out, "keywords", String.join(", ", e.themes()));
            field(out, "note", "Licence : " + e.licenceLabel());
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String escaped = value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("%", "\\%").replace("&", "\\&").replace("#", "\\#").replace("$", "\\$").replace("_", "\\_");
        out.append("  ").append(name.toLowerCase(Locale.ROOT)).append(" = {").append(escaped).append("},\n");
    }
}
