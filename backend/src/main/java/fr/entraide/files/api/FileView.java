package fr.entraide.files.api;

import fr.entraide.accounts.api.UserSummary;
import fr.entraide.files.FileCan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An uploaded file. */
public record FileView(
        long id,
        String name,
        String contentType,
        @Schema(description = "Taille en octets") long size,
        @Schema(description = "Adresse stable du fichier, à mettre dans le Markdown : /api/v1/files/{id}") String url,
        @Schema(description = "Images : adresse stable de la version redimensionnée, celle à montrer dans un message") String previewUrl,
        @Schema(description = "Lien signé et de courte durée, utilisable tel quel par un navigateur (groupes privés compris)") String link,
        @Schema(description = "Images : lien signé de la vignette") String thumbnailLink,
        Integer width,
        Integer height,
        String alt,
        Instant createdAt,
        UserSummary uploader,
        FileCan can) {
}
