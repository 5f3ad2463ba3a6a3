package fr.entraide.polls;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;
import fr.entraide.meetings.MeetingPolicy;
import fr.entraide.workshops.WorkshopPolicy;

/**
 * Who may do what with a group's date polls, as pure functions of the caller's standing: the one place these rules
 * live. Services enforce them; {@link PollCan} carries them to the SPA.
 */
public final class PollPolicy {

    private PollPolicy() {
    }

    /** Opening a poll and answering one: the group's members. */
    public static boolean takePart(Standing standing) {
        return GroupPolicy.takePart(standing);
    }

    /** Closing a poll: its author while still a member, and coordinators. */
    public static boolean close(Standing standing, boolean author) {
        return author && standing.activeMember() || GroupPolicy.coordinate(standing);
    }

    public static PollCan can(Standing standing, boolean author, boolean open, boolean answering) {
        if (!standing.verified()) {
            return new PollCan(false, false, false, false);
        }
        boolean close = open && close(standing, author);
        return new PollCan(answering && takePart(standing), close, close && MeetingPolicy.schedule(standing),
                close && WorkshopPolicy.propose(standing));
    }
}
