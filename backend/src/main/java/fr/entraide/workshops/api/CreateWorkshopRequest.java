package fr.entraide.workshops.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record CreateWorkshopRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Atelier d'entraide : accueillir les habitants") String title,
        @MultiLine @Size(max = 8000) String description,
        @NotNull @Schema(examples = "2026-12-08T13:00:00Z") Instant startsAt,
        @NotNull @Schema(examples = "2026-12-08T15:00:00Z") Instant endsAt,
        @Schema(description = "Fuseau IANA, Europe/Paris par défaut") String timezone,
        @Size(max = 500) @Schema(description = "Lien de visio http(s)") String onlineUrl,
        @Size(max = 300) String location,
        @Schema(description = "1 à 6, 6 par défaut") Integer capacity,
        @Schema(description = "Soucieux·ses : l'animateur·rice, membre du groupe ; sinon l'appelant") Long facilitatorId) {
}
