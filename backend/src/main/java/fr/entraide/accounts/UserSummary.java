package fr.entraide.accounts;

public record UserSummary(long id, String username, String displayName) {
}
