package fr.entraide.groups;

/** Fired, inside the transaction, when a group is created: features give it what every group starts with. */
public record GroupCreated(long groupId) {
}
