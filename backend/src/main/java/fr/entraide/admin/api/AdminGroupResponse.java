package fr.entraide.admin.api;

import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Visibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A group as the site administration lists it, private ones included. */
public record AdminGroupResponse(long id, String slug, String name, Visibility visibility, JoinPolicy joinPolicy,
                                 @Schema(description = "Membres actifs") long memberCount,
                                 @Schema(description = "Soucieux·ses (coordination) actives") long coordinatorCount,
                                 @Schema(description = "Demandes d'adhésion en attente") long pendingCount,
                                 Instant createdAt) {
}
