package fr.entraide.workshops.api;

import fr.entraide.workshops.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MyRegistration(RegistrationStatus status,
                             @Schema(description = "Rang sur la liste d'attente (1 = la prochaine place), null si confirmé·e") Integer position) {
}
