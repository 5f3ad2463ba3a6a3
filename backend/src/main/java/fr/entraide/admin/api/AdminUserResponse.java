package fr.entraide.admin.api;

import fr.entraide.accounts.SiteRole;
import fr.entraide.accounts.User;

import java.time.Instant;

public record AdminUserResponse(long id, String email, String username, String displayName, SiteRole siteRole,
                                boolean suspended, boolean emailVerified, Instant createdAt) {

    public static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.id, user.email, user.username, user.displayName, user.siteRole,
                user.suspended, user.emailVerified, user.createdAt);
    }
}
