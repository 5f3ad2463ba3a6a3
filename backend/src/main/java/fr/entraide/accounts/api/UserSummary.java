package fr.entraide.accounts.api;

import fr.entraide.accounts.User;

public record UserSummary(long id, String username, String displayName) {

    public static UserSummary of(User user) {
        return new UserSummary(user.id, user.username, user.displayName);
    }
}
