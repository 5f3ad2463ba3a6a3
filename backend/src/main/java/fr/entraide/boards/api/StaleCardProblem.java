package fr.entraide.boards.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.entraide.common.error.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The problem of a card edited against an old version, with the card as it is now (for a merge view). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StaleCardProblem", description = "409 : la carte a changé entre-temps ; current est la carte actuelle")
public record StaleCardProblem(String type, String code, String title, int status, String detail, List<FieldError> errors,
                               @Schema(description = "La carte telle qu'elle est maintenant") CardView current) {
}
