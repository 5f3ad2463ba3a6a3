package fr.entraide.places.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.places.PlaceKind;
import fr.entraide.places.PlaceTheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A place's sheet. For {@code POST /places}, {@code name} and {@code kind} are required; for {@code PATCH} an
 * absent field stays as it is, an empty text empties it, and {@code version} is required (409 when stale).
 */
public record PlaceRequest(
        @Size(max = 200) @Schema(examples = "Médiathèque de la Canopée") String name,
        @Size(max = 200) @Schema(description = "Structure porteuse", examples = "Ville de Paris") String organisation,
        PlaceKind kind,
        @MultiLine @Size(max = 8000) String description,
        @MultiLine @Size(max = 8000) @Schema(description = "Pratiques : ce qui s'y fait") String practices,
        @MultiLine @Size(max = 4000) @Schema(description = "Ce qui a marché") String successes,
        @MultiLine @Size(max = 4000) @Schema(description = "Ce qui n'a pas marché") String failures,
        @Size(max = 500) @Schema(examples = "https://mediatheque.example.org") String website,
        @Size(max = 300) @Schema(examples = "10 passage de la Canopée") String address,
        @Size(max = 5) @Schema(description = "Code postal à 5 chiffres : il donne le département et la région", examples = "75001") String postcode,
        @Size(max = 150) @Schema(examples = "Paris") String city,
        @Size(max = 5) @Schema(description = "Code INSEE de la commune", examples = "75101") String inseeCode,
        @Size(max = 14) @Schema(description = "SIRET (14 chiffres)") String siret,
        @Size(max = 10) @Schema(description = "Numéro RNA d'une association (W + 9 chiffres)") String rna,
        @DecimalMin("-90") @DecimalMax("90") @Schema(description = "WGS 84", examples = "48.8619") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(description = "WGS 84", examples = "2.3466") Double longitude,
        @Size(max = 500) @Schema(description = "Horaires au format opening_hours d'OpenStreetMap", examples = "Tu-Sa 10:00-19:00; Su 14:00-18:00") String openingHours,
        @Size(max = 12) List<PlaceTheme> themes,
        @Size(max = 20) @Schema(description = "Étiquettes libres") List<@Size(min = 1, max = 40) String> tags,
        Boolean visitsWelcome,
        Boolean testimonyWelcome,
        @Valid @Schema(description = "Le ou la référente : son e-mail et son téléphone ne sont jamais publiés") ReferentRequest referent,
        @Schema(description = "Groupe de rattachement (ses soucieux·ses pourront modifier la fiche) ; POST seulement") String group,
        @Schema(description = "Version lue : requise pour PATCH") Long version) {
}
