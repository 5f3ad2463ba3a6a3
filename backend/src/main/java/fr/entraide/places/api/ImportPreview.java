package fr.entraide.places.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import would read, before it runs: encoding, separator, which column feeds which field, a few lines. */
public record ImportPreview(
        String encoding, String separator, int total,
        List<Column> columns,
        @Schema(description = "Les premières lignes, telles qu'elles seraient importées") List<Line> sample) {

    public record Column(String name,
                         @Schema(description = "Le champ du lieu qu'elle remplit ; null : colonne ignorée") String field,
                         @Schema(description = "Donnée personnelle (contact, e-mail, téléphone) : jamais lue") boolean personal) {
    }

    public record Line(int line, String name, String postcode, String city, Double latitude, Double longitude,
                       @Schema(description = "Pourquoi la ligne serait ignorée ; null si elle est importée") String skipped) {
    }
}
