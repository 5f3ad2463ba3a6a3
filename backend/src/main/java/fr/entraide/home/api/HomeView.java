package fr.entraide.home.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** "Mon espace": what is next for the caller across the groups they are an active member of. */
public record HomeView(
        @Schema(description = "Mes prochains ateliers (inscrit·e, en liste d'attente ou animateur·rice), du plus proche au plus lointain") List<HomeWorkshop> workshops,
        @Schema(description = "Les prochaines rencontres de mes groupes, sauf celles où j'ai répondu non") List<HomeMeeting> meetings,
        @Schema(description = "Les sujets suivis ou surveillés qui ont des messages non lus, les plus récents d'abord") List<HomeThread> unreadThreads,
        @Schema(description = "Les actions de feuille de route dont je me suis emparé·e, non réalisées ni abandonnées") List<HomeAction> actions,
        @Schema(description = "Les sondages ouverts auxquels je n'ai pas encore répondu") List<HomePoll> polls) {
}
