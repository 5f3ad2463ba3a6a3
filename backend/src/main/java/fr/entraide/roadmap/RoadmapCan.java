package fr.entraide.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a group's roadmap, decided by {@link RoadmapPolicy}. */
@Schema(name = "RoadmapCan", description = "Ce que l'appelant peut faire de la feuille de route (décidé par le serveur)")
public record RoadmapCan(
        @Schema(description = "Ajouter, modifier, ordonner et supprimer axes et actions") boolean manage) {
}
