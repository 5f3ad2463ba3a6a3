package fr.entraide.groups;

import fr.entraide.common.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Optional;

public record GroupResponse(
        long id,
        @Schema(examples = "mediatheques-tiers-lieux") String slug,
        @Schema(examples = "GT médiathèques tiers-lieux") String name,
        String description,
        Visibility visibility,
        JoinPolicy joinPolicy,
        long memberCount,
        @Schema(description = "Rôle de l'appelant dans le groupe, null s'il n'en est pas membre") MemberRole myRole,
        @Schema(description = "Statut de l'appelant (PENDING : demande en attente)") MemberStatus myStatus,
        Instant createdAt,
        long version,
        GroupCan can) {

    static GroupResponse of(Group group, long memberCount, Membership mine, Optional<Caller> caller) {
        return new GroupResponse(group.id, group.slug, group.name, group.description, group.visibility,
                group.joinPolicy, memberCount, mine == null ? null : mine.role, mine == null ? null : mine.status,
                group.createdAt, group.version, GroupPolicy.can(group, Standing.of(caller, Optional.ofNullable(mine))));
    }
}
