package fr.entraide.forum;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a post, decided by {@link ForumPolicy}. */
@Schema(name = "PostCan", description = "Ce que l'appelant peut faire de ce message (décidé par le serveur)")
public record PostCan(
        @Schema(description = "Modifier ou supprimer le message") boolean edit,
        @Schema(description = "Signaler le message") boolean report) {
}
