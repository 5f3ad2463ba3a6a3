package fr.entraide.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a roadmap action, decided by {@link RoadmapPolicy}. */
@Schema(name = "ActionCan", description = "Ce que l'appelant peut faire de cette action (décidé par le serveur)")
public record ActionCan(
        @Schema(description = "Modifier ou supprimer l'action") boolean manage,
        @Schema(description = "S'en emparer") boolean volunteer,
        @Schema(description = "Ne plus la porter") boolean withdraw) {
}
