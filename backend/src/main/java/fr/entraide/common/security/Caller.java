package fr.entraide.common.security;

/** The authenticated user of the current request: a snapshot, safe to pass between transactions. */
public record Caller(long id, String username, String displayName, String email, boolean isAdmin,
                     boolean emailVerified, String locale) {
}
