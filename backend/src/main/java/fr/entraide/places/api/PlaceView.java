package fr.entraide.places.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.places.PlaceCan;
import fr.entraide.places.PlaceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A place's full sheet. */
public record PlaceView(
        long id, String name, PlaceKind kind, String organisation, String description, String practices,
        String successes, String failures, String website, String address, String postcode, String city,
        String inseeCode, String siret, String rna, String department, String region, String regionName,
        Double latitude, Double longitude, String openingHours, List<String> themes, List<String> tags,
        boolean visitsWelcome, boolean testimonyWelcome,
        @Schema(description = "Nom et rôle du ou de la référente, pour les personnes connectées seulement (null sinon)") ReferentView referent,
        @Schema(description = "Un ou une référente peut recevoir des demandes de visite") boolean hasReferent,
        UserRef author, GroupRef group,
        @Schema(description = "D'où vient la fiche importée (null : saisie sur Entraide)") String source,
        Instant createdAt, Instant updatedAt, long version, PlaceCan can) {
}
