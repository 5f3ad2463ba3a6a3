package fr.entraide.places.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the file and what happened to it. */
public record ImportIssueView(
        @Schema(description = "Numéro de ligne dans le fichier (l'en-tête est la ligne 1)") int line,
        @Schema(description = "Code stable : import.no-name, import.no-location, import.duplicate-id…") String code,
        @Schema(description = "La raison, dans la langue du lecteur") String reason,
        @Schema(description = "La valeur en cause, telle que le fichier l'écrit") String detail) {
}
