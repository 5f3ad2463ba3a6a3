package fr.entraide.groups;

public record InvitationAccepted(GroupRef group, MemberResponse membership) {
}
