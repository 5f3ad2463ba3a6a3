package fr.entraide.places.api;

import fr.entraide.groups.api.GroupRef;
import fr.entraide.places.PlaceImport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An import's progress and report. */
public record ImportView(
        long id, GroupRef group, String source, String fileName,
        @Schema(examples = "UTF-8") String encoding, @Schema(examples = ";") String separator,
        PlaceImport.Status status, int total, int done, int created, int updated,
        @Schema(description = "Lignes déjà à jour (une ré-importation ne change rien)") int unchanged,
        @Schema(description = "Lignes non importées, et pourquoi") List<ImportIssueView> skipped,
        @Schema(description = "Lignes importées sans une valeur inutilisable (code postal « 0 », site invalide…)") List<ImportIssueView> warnings,
        Instant createdAt, Instant finishedAt) {
}
