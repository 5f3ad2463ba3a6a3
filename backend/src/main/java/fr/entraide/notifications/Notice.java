package fr.entraide.notifications;

import fr.entraide.common.time.When;
import fr.entraide.mail.Bundles;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a notification says, as data: its type and the parameters of its sentence. Stored with the notification,
 * it is written in each reader's language when read (the bell, the live stream) and in the recipient's when
 * e-mailed. Parameters are texts as they were when it happened (names, titles), enum names and instants.
 */
public record Notice(NotificationType type, Map<String, String> params) {

    private static final Set<NotificationType> WORKSHOP = EnumSet.of(NotificationType.WORKSHOP_PROMOTED,
            NotificationType.WORKSHOP_FULL, NotificationType.WORKSHOP_CANCELLED);
    private static final Set<NotificationType> MEETING = EnumSet.of(NotificationType.MEETING_SCHEDULED,
            NotificationType.MEETING_UPDATED, NotificationType.MEETING_CANCELLED);
    private static final String HIDDEN = "HIDDEN";
    private static final String KEPT = "KEPT";

    public Notice {
        params = Map.copyOf(params);
    }

    public static Notice threadCreated(String actor, String thread, String category) {
        return new Notice(NotificationType.THREAD_CREATED, Map.of("actor", actor, "thread", thread, "category", category));
    }

    public static Notice postCreated(String actor, String thread) {
        return new Notice(NotificationType.POST_CREATED, Map.of("actor", actor, "thread", thread));
    }

    public static Notice mentioned(String actor, String thread) {
        return new Notice(NotificationType.MENTIONED, Map.of("actor", actor, "thread", thread));
    }

    /** @param from the name of the action's former status, {@code to} of its new one */
    public static Notice actionStatusChanged(String actor, String action, String from, String to) {
        return new Notice(NotificationType.ACTION_STATUS_CHANGED, Map.of("actor", actor, "action", action, "from", from, "to", to));
    }

    public static Notice workshop(NotificationType type, String workshop) {
        return new Notice(require(WORKSHOP, type), Map.of("workshop", workshop));
    }

    /**
     * A seat taken, or a place on the waitlist ({@code waitlistPosition} not null); {@code actor} names who
     * registered the person when it was not themselves, else null.
     */
    public static Notice workshopRegistration(String workshop, String actor, Integer waitlistPosition) {
        Map<String, String> params = new HashMap<>(Map.of("workshop", workshop));
        if (actor != null) {
            params.put("actor", actor);
        }
        if (waitlistPosition != null) {
            params.put("position", waitlistPosition.toString());
        }
        return new Notice(waitlistPosition == null ? NotificationType.WORKSHOP_REGISTERED : NotificationType.WORKSHOP_WAITLISTED, params);
    }

    /** A meeting scheduled, moved or cancelled; its start is read in its own time zone. */
    public static Notice meeting(NotificationType type, String meeting, Instant startsAt, String timezone) {
        return new Notice(require(MEETING, type), Map.of("meeting", meeting, "startsAt", startsAt.toString(), "timezone", timezone));
    }

    public static Notice pollDecided(String poll, Instant startsAt, String timezone) {
        return new Notice(NotificationType.POLL_DECIDED, Map.of("poll", poll, "startsAt", startsAt.toString(), "timezone", timezone));
    }

    public static Notice reportResolved(String thread, boolean hidden) {
        return new Notice(NotificationType.REPORT_RESOLVED, Map.of("thread", thread, "outcome", hidden ? HIDDEN : KEPT));
    }

    /** The sentence in {@code language} (fr or en). */
    public String render(String language) {
        NotificationMessages msg = Bundles.in(NotificationMessages.class, language);
        return switch (type) {
            case THREAD_CREATED -> msg.threadCreated(param("actor"), param("thread"), param("category"));
            case POST_CREATED -> msg.postCreated(param("actor"), param("thread"));
            case MENTIONED -> msg.mentioned(param("actor"), param("thread"));
            case ACTION_STATUS_CHANGED -> msg.actionStatusChanged(param("actor"), param("action"),
                    status(msg, param("from")), status(msg, param("to")));
            case WORKSHOP_PROMOTED -> msg.workshopPromoted(param("workshop"));
            case WORKSHOP_FULL -> msg.workshopFull(param("workshop"));
            case WORKSHOP_CANCELLED -> msg.workshopCancelled(param("workshop"));
            case WORKSHOP_REGISTERED -> params.containsKey("actor")
                    ? msg.workshopRegisteredBy(param("actor"), param("workshop")) : msg.workshopRegistered(param("workshop"));
            case WORKSHOP_WAITLISTED -> params.containsKey("actor")
                    ? msg.workshopWaitlistedBy(param("actor"), param("workshop"), param("position"))
                    : msg.workshopWaitlisted(param("workshop"), param("position"));
            case MEETING_SCHEDULED -> msg.meetingScheduled(param("meeting"), when(language));
            case MEETING_UPDATED -> msg.meetingUpdated(param("meeting"), when(language));
            case MEETING_CANCELLED -> msg.meetingCancelled(param("meeting"));
            case POLL_DECIDED -> msg.pollDecided(param("poll"), when(language));
            case REPORT_RESOLVED -> HIDDEN.equals(param("outcome")) ? msg.reportHidden(param("thread")) : msg.reportKept(param("thread"));
        };
    }

    private String param(String name) {
        return params.getOrDefault(name, "");
    }

    private String when(String language) {
        return When.format(Instant.parse(param("startsAt")), param("timezone"), language);
    }

    /** A roadmap action's status as a person says it. */
    private static String status(NotificationMessages msg, String name) {
        return switch (name) {
            case "WAITING" -> msg.statusWAITING();
            case "ACTIONABLE" -> msg.statusACTIONABLE();
            case "IN_PROGRESS" -> msg.statusIN_PROGRESS();
            case "DONE" -> msg.statusDONE();
            case "DROPPED" -> msg.statusDROPPED();
            default -> name;
        };
    }

    private static NotificationType require(Set<NotificationType> kinds, NotificationType type) {
        if (!kinds.contains(type)) {
            throw new IllegalArgumentException("Not a notification of this kind: " + type);
        }
        return type;
    }
}
