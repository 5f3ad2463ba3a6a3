package fr.entraide.boards;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a board, decided by {@link BoardPolicy}. */
@Schema(name = "BoardCan", description = "Ce que l'appelant peut faire de ce tableau (décidé par le serveur)")
public record BoardCan(
        @Schema(description = "Ajouter, déplacer, regrouper des cartes et voter, tant que le tableau est ouvert") boolean takePart,
        @Schema(description = "Révéler les votes (animation)") boolean reveal,
        @Schema(description = "Fermer le tableau (animation)") boolean close,
        @Schema(description = "Faire d'une carte une action de la feuille de route ou un fil du forum") boolean promote) {
}
