package fr.entraide.groups;

public enum MemberStatus {
    ACTIVE, PENDING
}
