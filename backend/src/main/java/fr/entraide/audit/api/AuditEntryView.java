package fr.entraide.audit.api;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.audit.AuditEntry;
import fr.entraide.groups.Group;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

public record AuditEntryView(
        long id, Instant at,
        @Schema(description = "Qui ; null quand l'application a agi d'elle-même (message masqué par signalements)") UserRef actor,
        @Schema(description = "Code de l'action, par ex. member.role_changed, moderation.post_hidden, category.deleted") String action,
        AuditObject object,
        @Schema(description = "Groupe concerné ; null pour une action sur tout le site") GroupRef group,
        @Schema(description = "Quelques valeurs utiles : noms, avant et après") Map<String, Object> details) {

    public record AuditObject(String type, Long id) {
    }

    public record GroupRef(String slug, String name) {
    }

    public static AuditEntryView of(AuditEntry entry, User actor, Group group) {
        return new AuditEntryView(entry.id, entry.at, actor == null ? null : new UserRef(actor.id, actor.displayName),
                entry.action, new AuditObject(entry.objectType, entry.objectId),
                group == null ? null : new GroupRef(group.slug, group.name), entry.details);
    }
}
