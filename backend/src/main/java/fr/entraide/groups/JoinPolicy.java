package fr.entraide.groups;

public enum JoinPolicy {
    OPEN, APPROVAL, INVITE
}
