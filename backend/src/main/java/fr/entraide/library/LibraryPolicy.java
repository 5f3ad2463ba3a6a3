package fr.entraide.library;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/** Who may do what with a group's library, as pure functions of the caller's standing. */
public final class LibraryPolicy {

    private LibraryPolicy() {
    }

    /** Adding an entry: the group's members. */
    public static boolean add(Standing standing) {
        return GroupPolicy.takePart(standing);
    }

    /** Editing or removing an entry: whoever added it while still a member, and coordinators. */
    public static boolean edit(Standing standing, boolean addedIt) {
        return addedIt && standing.activeMember() || GroupPolicy.coordinate(standing);
    }

    public static LibraryCan can(Standing standing, boolean addedIt) {
        boolean edit = standing.verified() && edit(standing, addedIt);
        return new LibraryCan(edit, edit);
    }
}
