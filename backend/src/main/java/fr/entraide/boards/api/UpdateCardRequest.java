package fr.entraide.boards.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of a card: its text (against {@code version}: 409 with the current card if someone changed it
 * meanwhile), a move ({@code column}, and {@code after}: the card to follow, none for the top), or a grouping
 * ({@code stackOn}: the card whose group it joins). Moves and groupings do not need the latest version.
 */
public record UpdateCardRequest(
        @Size(max = 500) String text,
        @MultiLine @Size(max = 8000) String details,
        @Schema(description = "Déplacer dans cette colonne (id)") Long column,
        @Schema(description = "… juste après cette carte (id) ; en tête sans elle") Long after,
        @Schema(description = "Regrouper avec cette carte (id) ; 0 pour sortir la carte de son groupe") Long stackOn,
        @NotNull @Schema(description = "La version du texte lue") Long version) {
}
