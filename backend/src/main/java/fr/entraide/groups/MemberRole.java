package fr.entraide.groups;

public enum MemberRole {
    MEMBER, COORDINATOR
}
