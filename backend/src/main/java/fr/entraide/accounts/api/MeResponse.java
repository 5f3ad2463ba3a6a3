package fr.entraide.accounts.api;

import fr.entraide.accounts.EmailDigest;
import fr.entraide.accounts.SiteRole;
import fr.entraide.accounts.User;

import java.time.Instant;
import java.util.List;

public record MeResponse(long id, String email, String username, String displayName, String bio, String locale,
                         EmailDigest emailDigest, boolean emailVerified, SiteRole siteRole, Instant createdAt,
                         List<MyMembership> groups) {

    public static MeResponse of(User user, List<MyMembership> groups) {
        return new MeResponse(user.id, user.email, user.username, user.displayName, user.bio, user.locale,
                user.emailDigest, user.emailVerified, user.siteRole, user.createdAt, groups);
    }
}
