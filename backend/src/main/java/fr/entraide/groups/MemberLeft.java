package fr.entraide.groups;

/**
 * Fired, inside the transaction, when someone stops being a member of a group (left, removed, or deleted their
 * account): features release what the person held there (workshop places, answers, volunteering).
 */
public record MemberLeft(long groupId, long userId) {
}
