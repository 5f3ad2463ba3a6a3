package fr.entraide.boards.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.boards.CardCan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record CardView(long id, long columnId,
                       @Schema(description = "Clé d'ordre dans la colonne (ordre des octets)") String position,
                       String text, String details, UserRef author,
                       @Schema(description = "La carte en tête du groupe où celle-ci a été mise") Long stackId,
                       @Schema(description = "Nombre de votes, une fois révélés") Integer votes,
                       @Schema(description = "L'appelant a voté pour cette carte") boolean myVote,
                       @Schema(description = "L'action de la feuille de route issue de cette carte") Long actionId,
                       @Schema(description = "Le fil du forum issu de cette carte") Long threadId,
                       long version, Instant updatedAt, CardCan can) {
}
