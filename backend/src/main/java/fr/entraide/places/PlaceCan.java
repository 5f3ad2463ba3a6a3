package fr.entraide.places;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a place, decided by {@link PlacePolicy}. */
@Schema(name = "PlaceCan", description = "Ce que l'appelant peut faire de ce lieu (décidé par le serveur)")
public record PlaceCan(
        @Schema(description = "Modifier la fiche") boolean edit,
        @Schema(description = "Supprimer la fiche") boolean delete,
        @Schema(description = "Voir l'historique des modifications") boolean seeHistory,
        @Schema(description = "Demander une visite") boolean requestVisit,
        @Schema(description = "Inviter à témoigner") boolean requestTestimony,
        @Schema(description = "Voir les demandes de visite reçues") boolean seeVisitRequests) {
}
