package fr.entraide.forum;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/**
 * Who may do what in a group's forum, as pure functions of the caller's standing: the one place these rules live.
 * Services enforce them; {@link ThreadCan} and {@link PostCan} carry them to the SPA.
 */
public final class ForumPolicy {

    private ForumPolicy() {
    }

    /** Starting a thread, reporting a post: the group's members. */
    public static boolean write(Standing standing) {
        return GroupPolicy.takePart(standing);
    }

    /** Pinning, locking, moving, hiding, the categories and the report queue: coordinators and site admins. */
    public static boolean moderate(Standing standing) {
        return GroupPolicy.coordinate(standing);
    }

    /** Replying: members while the thread is open; members who moderate, also once it is locked. */
    public static boolean reply(Standing standing, boolean locked) {
        return write(standing) && (!locked || moderate(standing));
    }

    /**
     * Editing or deleting a post or a thread: its author while still an active member (someone who left or was
     * removed no longer changes what they wrote there), and moderators.
     */
    public static boolean change(Standing standing, boolean author) {
        return moderate(standing) || author && standing.activeMember();
    }

    /** Reporting a post: a member, once, not their own, while it is there. */
    public static boolean report(Standing standing, boolean author, boolean deleted, boolean alreadyReported) {
        return write(standing) && !author && !deleted && !alreadyReported;
    }

    public static ThreadCan can(Standing standing, boolean locked, boolean author) {
        boolean writer = standing.verified();
        return new ThreadCan(writer && reply(standing, locked), writer && change(standing, author), writer && moderate(standing));
    }

    public static PostCan can(Standing standing, boolean author, boolean deleted, boolean alreadyReported) {
        boolean writer = standing.verified();
        return new PostCan(writer && !deleted && change(standing, author),
                writer && report(standing, author, deleted, alreadyReported));
    }
}
