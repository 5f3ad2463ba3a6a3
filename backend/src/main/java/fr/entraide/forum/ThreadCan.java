package fr.entraide.forum;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a thread, decided by {@link ForumPolicy}. */
@Schema(name = "ThreadCan", description = "Ce que l'appelant peut faire de ce sujet (décidé par le serveur)")
public record ThreadCan(
        @Schema(description = "Répondre") boolean reply,
        @Schema(description = "Modifier ou supprimer le sujet") boolean edit,
        @Schema(description = "Épingler, verrouiller, déplacer, masquer des messages") boolean moderate) {
}
