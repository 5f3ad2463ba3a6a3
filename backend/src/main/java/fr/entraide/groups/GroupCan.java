package fr.entraide.groups;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do in a group, decided by {@link GroupPolicy}. */
@Schema(name = "GroupCan", description = "Ce que l'appelant peut faire dans ce groupe (décidé par le serveur)")
public record GroupCan(
        @Schema(description = "Rejoindre le groupe, ou demander à le rejoindre") boolean join,
        @Schema(description = "Quitter le groupe, ou retirer sa demande") boolean leave,
        @Schema(description = "Participer : écrire au forum, proposer ateliers et sondages, coopter") boolean takePart,
        @Schema(description = "Coordonner : membres, invitations, réglages, feuille de route, rencontres, modération, journal") boolean coordinate) {
}
