package fr.entraide.boards.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public record CreateBoardRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Atelier feuille de route") String title,
        @MultiLine @Size(max = 1000) @Schema(description = "La question posée au groupe", examples = "Que faire des médiathèques ?") String question,
        @NotEmpty @Size(max = 12) @Schema(examples = "[\"Constats\", \"Idées\", \"Actions\"]")
        List<@NotBlank @Size(max = 80) String> columns,
        @Min(0) @Max(50) @Schema(description = "Points de vote de chaque membre (3 par défaut)") Integer votesPerMember,
        @Min(1) @Max(1440) @Schema(description = "Durée prévue, en minutes") Integer timeBoxMinutes,
        @Schema(description = "La rencontre du groupe pour laquelle le tableau est ouvert") Long meetingId,
        @Schema(description = "L'atelier du groupe pour lequel le tableau est ouvert (son animateur·rice peut l'ouvrir)") Long workshopId) {
}
