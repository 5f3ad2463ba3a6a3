package fr.entraide.groups.api;

import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupCan;
import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.MemberRole;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import fr.entraide.groups.Standing;
import fr.entraide.groups.Visibility;
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

    public static GroupResponse of(Group group, long memberCount, Membership mine, Optional<Caller> caller) {
        return new GroupResponse(group.id, group.slug, group.name, group.description, group.visibility,
                group.joinPolicy, memberCount, mine == null ? null : mine.role, mine == null ? null : mine.status,
                group.createdAt, group.version, GroupPolicy.can(group, Standing.of(caller, Optional.ofNullable(mine))));
    }
}
