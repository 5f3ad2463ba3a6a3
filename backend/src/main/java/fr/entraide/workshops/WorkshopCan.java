package fr.entraide.workshops;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a workshop, decided by {@link WorkshopPolicy}. */
@Schema(name = "WorkshopCan", description = "Ce que l'appelant peut faire de cet atelier (décidé par le serveur)")
public record WorkshopCan(
        @Schema(description = "S'inscrire (ou rejoindre la liste d'attente)") boolean register,
        @Schema(description = "Se désinscrire") boolean withdraw,
        @Schema(description = "Animer : modifier, annuler, inscrire quelqu'un, choisir la problématique, mener la séance") boolean manage,
        @Schema(description = "Apporter une problématique (participant·es confirmé·es)") boolean bringProblem,
        @Schema(description = "Voter pour une problématique (participant·es confirmé·es)") boolean vote,
        @Schema(description = "Écrire le compte rendu de la séance") boolean writeRecord,
        @Schema(description = "Voir les inscrit·es, les problématiques et la séance") boolean follow) {
}
