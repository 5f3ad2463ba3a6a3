package fr.entraide.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response. {@code code} names the problem for programs and
 * never changes with the language; {@code title}, {@code detail} and the messages of {@code errors} are in the
 * request's language ({@code Accept-Language}, else the account's, else French).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(examples = "/problems/validation") String type,
        @Schema(description = "Code stable du problème, le même dans toutes les langues", examples = "group.members-only")
        String code,
        @Schema(examples = "Données invalides") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "Le champ « email » est invalide.") String detail,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
