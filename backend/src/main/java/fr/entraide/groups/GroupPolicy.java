package fr.entraide.groups;

/**
 * Who may do what in a group, as pure functions of the caller's {@link Standing}: the one place these rules live.
 * Services enforce them; views carry them as {@link GroupCan} so that the SPA derives none.
 */
public final class GroupPolicy {

    private GroupPolicy() {
    }

    /** A private group is seen by its active members and site admins only (a 404 for everyone else). */
    public static boolean read(Visibility visibility, Standing standing) {
        return visibility == Visibility.PUBLIC || standing.activeMember() || standing.siteAdmin();
    }

    public static boolean join(JoinPolicy joinPolicy, Standing standing) {
        return standing.verified() && standing.status() == null && joinPolicy != JoinPolicy.INVITE;
    }

    public static boolean leave(Standing standing) {
        return standing.status() != null;
    }

    /**
     * Taking part: writing in the forum, proposing workshops and polls, inviting. Writing also needs a verified
     * address, which the resources require of every writer.
     */
    public static boolean takePart(Standing standing) {
        return standing.activeMember();
    }

    /** Managing the group: members, invitations, settings, the roadmap, meetings, moderation, the audit log. */
    public static boolean coordinate(Standing standing) {
        return standing.coordinator();
    }

    /** Visio links of meetings and workshops: members and site admins, never visitors of a public group. */
    public static boolean seeOnlineLinks(Standing standing) {
        return standing.activeMember() || standing.siteAdmin();
    }

    public static GroupCan can(Group group, Standing standing) {
        boolean writer = standing.verified();
        return new GroupCan(join(group.joinPolicy, standing), leave(standing), writer && takePart(standing),
                writer && coordinate(standing));
    }
}
