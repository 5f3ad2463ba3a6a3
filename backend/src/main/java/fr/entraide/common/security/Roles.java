package fr.entraide.common.security;

/** The roles a signed-in caller's identity carries, for {@code @RolesAllowed} on resources. */
public final class Roles {

    /** Every signed-in account, verified or not (reading one's own account, resending the verification). */
    public static final String USER = "user";
    /** An account whose e-mail address is verified: needed to write anything. */
    public static final String VERIFIED = "verified";
    /** A site administrator. */
    public static final String ADMIN = "admin";

    /** The identity attribute that holds the {@link Caller} snapshot of the account. */
    public static final String CALLER_ATTRIBUTE = "entraide.caller";

    private Roles() {
    }
}
