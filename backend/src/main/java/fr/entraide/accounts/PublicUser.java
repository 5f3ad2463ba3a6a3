package fr.entraide.accounts;

import java.time.Instant;

public record PublicUser(long id, String username, String displayName, String bio, Instant joinedAt) {

    static PublicUser of(User user) {
        return new PublicUser(user.id, user.username, user.displayName, user.bio, user.createdAt);
    }
}
