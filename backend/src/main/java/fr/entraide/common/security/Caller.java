package fr.entraide.common.security;

import fr.entraide.accounts.SiteRole;

/** The authenticated user of the current request: a snapshot, safe to pass between transactions. */
public record Caller(long id, String username, String displayName, String email, SiteRole siteRole,
                     boolean emailVerified, String locale) {

    public boolean isAdmin() {
        return siteRole == SiteRole.ADMIN;
    }
}
