package fr.entraide.places.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPA's map needs from the server's configuration. */
public record MapSettings(
        @Schema(examples = "https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @Schema(description = "Attribution des tuiles, en HTML") String tileAttribution,
        @Schema(description = "Géocodage d'adresses activé sur ce serveur") boolean geocoding) {
}
