package fr.entraide.workshops;

import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;

/**
 * Who may do what with a workshop, as pure functions of the caller's standing in its group and their relation to the
 * workshop: the one place these rules live. Services enforce them; {@link WorkshopCan} carries them to the SPA.
 */
public final class WorkshopPolicy {

    private WorkshopPolicy() {
    }

    /** The caller's relation to one workshop, beside their standing in its group. */
    public record Relation(boolean facilitating, RegistrationStatus registration, boolean ownsChosenProblem) {

        public boolean confirmed() {
            return registration == RegistrationStatus.CONFIRMED;
        }
    }

    /** Proposing a workshop: the group's active members, whichever way it is made (a form, a closed poll). */
    public static boolean propose(Standing standing) {
        return GroupPolicy.takePart(standing);
    }

    /** Changing it, cancelling it, choosing its problem, running its session, signing others up or out. */
    public static boolean manage(Standing standing, Relation relation) {
        return relation.facilitating() && standing.activeMember() || GroupPolicy.coordinate(standing);
    }

    /** Signing oneself up: the group's active members, while it is open and they are not signed up. */
    public static boolean register(Standing standing, Relation relation, WorkshopStatus status) {
        return GroupPolicy.takePart(standing) && relation.registration() == null && open(status);
    }

    /** The screen offers withdrawing while the workshop is open (the API still frees a seat later on). */
    public static boolean withdraw(Relation relation, WorkshopStatus status) {
        return relation.registration() != null && open(status);
    }

    /** Bringing a problem and voting for one: the confirmed participants. */
    public static boolean takePartInSession(Relation relation) {
        return relation.confirmed();
    }

    /** Reading the participants, the problems and the records: the group's members and coordinators. */
    public static boolean follow(Standing standing) {
        return GroupPolicy.takePart(standing) || GroupPolicy.coordinate(standing);
    }

    /** The record of the session: the owner of the chosen problem, the facilitator and coordinators. */
    public static boolean writeRecord(Standing standing, Relation relation) {
        return relation.ownsChosenProblem() || manage(standing, relation);
    }

    public static WorkshopCan can(Standing standing, Relation relation, WorkshopStatus status) {
        if (!standing.verified()) {
            return new WorkshopCan(false, false, false, false, false, false, follow(standing));
        }
        boolean live = status != WorkshopStatus.CANCELLED;
        boolean participant = live && takePartInSession(relation);
        return new WorkshopCan(register(standing, relation, status), withdraw(relation, status),
                live && manage(standing, relation), participant, participant, writeRecord(standing, relation),
                follow(standing));
    }

    private static boolean open(WorkshopStatus status) {
        return status == WorkshopStatus.OPEN || status == WorkshopStatus.FULL;
    }
}
