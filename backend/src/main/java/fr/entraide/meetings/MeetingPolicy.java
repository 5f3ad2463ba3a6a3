package fr.entraide.meetings;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/**
 * Who may do what with a group's meetings, as pure functions of the caller's standing: the one place these rules live.
 * Services enforce them; {@link MeetingCan} carries them to the SPA.
 */
public final class MeetingPolicy {

    private MeetingPolicy() {
    }

    /** Scheduling, changing and cancelling meetings: coordinators, whichever way a meeting is made. */
    public static boolean schedule(Standing standing) {
        return GroupPolicy.coordinate(standing);
    }

    /** Saying whether one comes: the group's members, before the meeting ends, unless it is cancelled. */
    public static boolean answer(Standing standing, boolean cancelled, boolean over) {
        return GroupPolicy.takePart(standing) && !cancelled && !over;
    }

    /** Who answered what: the group's members and coordinators. */
    public static boolean seeAttendees(Standing standing) {
        return GroupPolicy.takePart(standing) || GroupPolicy.coordinate(standing);
    }

    public static MeetingCan can(Standing standing, boolean cancelled, boolean over) {
        boolean writer = standing.verified();
        return new MeetingCan(writer && answer(standing, cancelled, over), writer && schedule(standing) && !cancelled,
                seeAttendees(standing));
    }
}
