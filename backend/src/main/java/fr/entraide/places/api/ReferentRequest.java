package fr.entraide.places.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The referent of a place: e-mail and phone are kept to forward visit requests, never shown. */
public record ReferentRequest(
        @Size(max = 200) String name,
        @Size(max = 200) @Schema(examples = "Responsable de la médiathèque") String role,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone) {
}
