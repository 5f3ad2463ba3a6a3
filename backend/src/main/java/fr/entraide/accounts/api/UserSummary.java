package fr.entraide.accounts.api;

public record UserSummary(long id, String username, String displayName) {
}
