package fr.entraide.accounts.api;

import fr.entraide.accounts.EmailDigest;
import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH semantics: a field left out (or null) keeps its value. */
public record UpdateMeRequest(
        @Size(min = 1, max = 80) String displayName,
        @MultiLine @Size(max = 1000) String bio,
        @Pattern(regexp = "fr|en", message = "{entraide.locale}") String locale,
        EmailDigest emailDigest) {
}
