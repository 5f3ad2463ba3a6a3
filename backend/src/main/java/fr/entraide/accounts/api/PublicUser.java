package fr.entraide.accounts.api;

import fr.entraide.accounts.User;

import java.time.Instant;

public record PublicUser(long id, String username, String displayName, String bio, Instant joinedAt) {

    public static PublicUser of(User user) {
        return new PublicUser(user.id, user.username, user.displayName, user.bio, user.createdAt);
    }
}
