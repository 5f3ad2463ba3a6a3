package fr.entraide.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(examples = "/problems/validation") String type,
        @Schema(examples = "Données invalides") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "Le champ « email » est invalide.") String detail,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
