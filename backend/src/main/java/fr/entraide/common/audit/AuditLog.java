package fr.entraide.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the audit log of staff actions, in the transaction of the action itself: the entry exists if and only if
 * the action happened. It knows no feature; callers name the action with a dotted code ({@code member.approved},
 * {@code moderation.post_hidden}, {@code category.deleted}…) and the object with a type ({@code user}, {@code post}…).
 */
@ApplicationScoped
public class AuditLog {

    /** The object an action was done to. */
    public record Target(String type, Long id, Long groupId) {

        public static Target inGroup(long groupId, String type, long id) {
            return new Target(type, id, groupId);
        }

        public static Target siteWide(String type, long id) {
            return new Target(type, id, null);
        }
    }

    /**
     * @param actorId who did it, or null when the application did it by a rule (a post hidden by reports)
     * @param details a few small values (names, before and after); null values are left out
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, Target target, Map<String, ?> details) {
        AuditEntry entry = new AuditEntry();
        entry.actorId = actorId;
        entry.groupId = target.groupId();
        entry.action = action;
        entry.objectType = target.type();
        entry.objectId = target.id();
        Map<String, Object> kept = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value instanceof Enum<?> e ? e.name() : value);
            }
        });
        entry.details = kept;
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, Target target) {
        record(actorId, action, target, Map.of());
    }

    /** Details from key, value pairs, in order; unlike {@link Map#of} a value may be null (it is then left out). */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
