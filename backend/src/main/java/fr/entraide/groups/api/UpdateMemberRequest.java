package fr.entraide.groups.api;

import fr.entraide.groups.MemberRole;
import fr.entraide.groups.MemberStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UpdateMemberRequest(
        @Schema(description = "Promouvoir (COORDINATOR) ou rétrograder (MEMBER)") MemberRole role,
        @Schema(description = "ACTIVE pour accepter une demande en attente") MemberStatus status) {
}
