package fr.entraide.files;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/** Who may do what with a group's files, as pure functions of the caller's standing. */
public final class FilePolicy {

    private FilePolicy() {
    }

    /** Uploading: the group's members (with a verified address, which the resource requires). */
    public static boolean upload(Standing standing) {
        return GroupPolicy.takePart(standing);
    }

    /** Removing a file: its uploader while still a member, and coordinators. */
    public static boolean delete(Standing standing, boolean uploader) {
        return uploader && standing.activeMember() || GroupPolicy.coordinate(standing);
    }

    /** The storage a group uses, and its list of files: coordinators. */
    public static boolean seeUsage(Standing standing) {
        return GroupPolicy.coordinate(standing);
    }

    public static FileCan can(Standing standing, boolean uploader) {
        return new FileCan(standing.verified() && delete(standing, uploader));
    }
}
