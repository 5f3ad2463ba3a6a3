package fr.entraide.boards;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/**
 * Who may do what with an idea board, as pure functions of the caller's standing in its group and whether they
 * facilitate the board's workshop: the one place these rules live. Reading a board is reading its group.
 */
public final class BoardPolicy {

    private BoardPolicy() {
    }

    /** Opening, revealing and closing a board: coordinators, and the facilitator of its workshop. */
    public static boolean facilitate(Standing standing, boolean workshopFacilitator) {
        return GroupPolicy.coordinate(standing) || workshopFacilitator && standing.activeMember();
    }

    /** Adding, moving, grouping cards and voting: the group's members. */
    public static boolean takePart(Standing standing) {
        return GroupPolicy.takePart(standing);
    }

    /** Changing a card's text: its author while a member. */
    public static boolean edit(Standing standing, boolean author) {
        return author && standing.activeMember();
    }

    /** Deleting a card: its author, and those who facilitate. */
    public static boolean delete(Standing standing, boolean author, boolean workshopFacilitator) {
        return edit(standing, author) || facilitate(standing, workshopFacilitator);
    }

    /** Turning a card into a roadmap action or a forum thread: coordinators, who shape the roadmap. */
    public static boolean promote(Standing standing) {
        return GroupPolicy.coordinate(standing);
    }

    public static BoardCan can(Standing standing, boolean workshopFacilitator, boolean open) {
        if (!standing.verified()) {
            return new BoardCan(false, false, false, false);
        }
        boolean facilitate = open && facilitate(standing, workshopFacilitator);
        return new BoardCan(open && takePart(standing), facilitate, facilitate, promote(standing));
    }

    public static CardCan can(Standing standing, boolean workshopFacilitator, boolean open, boolean author) {
        if (!standing.verified() || !open) {
            return new CardCan(false, false);
        }
        return new CardCan(edit(standing, author), delete(standing, author, workshopFacilitator));
    }
}
