package fr.entraide.places;

import fr.entraide.groups.Standing;

/**
 * Who may do what with the directory, as pure functions: the one place these rules live. {@code standing} is the
 * caller's standing in the place's group (a place without a group: no membership, so only site admins coordinate).
 */
public final class PlacePolicy {

    private PlacePolicy() {
    }

    /** Adding a place: any verified account. */
    public static boolean add(Standing standing) {
        return standing.verified();
    }

    /** Editing or deleting: its author, the coordinators of its group, site admins; always with a verified address. */
    public static boolean edit(Standing standing, boolean author) {
        return standing.verified() && (author || standing.coordinator());
    }

    /** The referent's name and role: signed-in people only. Their e-mail and phone: nobody, ever. */
    public static boolean seeReferent(Standing standing) {
        return standing.signedIn();
    }

    /** The history of changes: signed-in people. */
    public static boolean seeHistory(Standing standing) {
        return standing.signedIn();
    }

    /** Asking to visit (or to testify): verified accounts, when the place welcomes it and has a referent to ask. */
    public static boolean request(Standing standing, boolean welcome, boolean reachable, boolean author) {
        return standing.verified() && welcome && reachable && !author;
    }

    /** Importing places into a group: its coordinators. */
    public static boolean importInto(Standing standing) {
        return standing.verified() && standing.coordinator();
    }

    public static PlaceCan can(Standing standing, Place place, boolean author) {
        boolean edit = edit(standing, author);
        boolean reachable = place.referentEmail != null;
        return new PlaceCan(edit, edit, seeHistory(standing), request(standing, place.visitsWelcome, reachable, author),
                request(standing, place.testimonyWelcome, reachable, author), edit);
    }
}
