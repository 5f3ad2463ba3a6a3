package fr.entraide.groups.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PATCH semantics; {@code version}, when given, must be the current one. */
public record UpdateGroupRequest(
        @Size(min = 1, max = 120) String name,
        @MultiLine @Size(max = 4000) String description,
        Visibility visibility,
        JoinPolicy joinPolicy,
        @Schema(description = "Version lue ; 409 si le groupe a changé depuis") Long version) {
}
