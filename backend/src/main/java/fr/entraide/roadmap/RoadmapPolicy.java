package fr.entraide.roadmap;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/**
 * Who may do what with a group's roadmap, as pure functions of the caller's standing: the one place these rules
 * live. Services enforce them; {@link RoadmapCan} and {@link ActionCan} carry them to the SPA.
 */
public final class RoadmapPolicy {

    private RoadmapPolicy() {
    }

    /** Axes and actions: adding, changing, ordering, deleting: coordinators. */
    public static boolean manage(Standing standing) {
        return GroupPolicy.coordinate(standing);
    }

    /** "Je m'en empare": a member who does not carry the action yet. */
    public static boolean volunteer(Standing standing, boolean volunteering) {
        return GroupPolicy.takePart(standing) && !volunteering;
    }

    public static RoadmapCan can(Standing standing) {
        return new RoadmapCan(standing.verified() && manage(standing));
    }

    public static ActionCan can(Standing standing, boolean volunteering) {
        boolean writer = standing.verified();
        return new ActionCan(writer && manage(standing), writer && volunteer(standing, volunteering), writer && volunteering);
    }
}
