package fr.entraide.boards;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a card, decided by {@link BoardPolicy}. */
@Schema(name = "CardCan", description = "Ce que l'appelant peut faire de cette carte (décidé par le serveur)")
public record CardCan(
        @Schema(description = "Modifier son texte (son auteur·rice)") boolean edit,
        @Schema(description = "La supprimer (son auteur·rice, l'animation)") boolean delete) {
}
