package fr.entraide.places;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The directory's settings (APP_PLACES_TILE_URL, ...). */
@ConfigMapping(prefix = "app.places")
public interface PlacesConfig {

    /** Map tiles: OpenStreetMap's by default; an empty value hides the map's background. */
    @WithDefault("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl();

    @WithDefault("&copy; <a href=\"https://www.openstreetmap.org/copyright\">les contributeurs d'OpenStreetMap</a>")
    String tileAttribution();

    /** Geocoding through the national address API: off by default. */
    @WithDefault("false")
    boolean geocoding();
}
