package fr.entraide.forum.api;

import fr.entraide.forum.WatchLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CategoryView(
        long id, String slug, String name, String description, int position, long threadCount,
        @Schema(description = "Niveau de la cloche de l'appelant (null sans connexion)") WatchLevel subscription,
        @Schema(description = "Niveau de départ des membres qui n'ont rien choisi") WatchLevel defaultSubscription) {
}
