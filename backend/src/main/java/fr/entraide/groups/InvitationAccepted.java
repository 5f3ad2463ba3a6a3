package fr.entraide.groups;

import fr.entraide.groups.api.GroupRef;
import fr.entraide.groups.api.MemberResponse;

public record InvitationAccepted(GroupRef group, MemberResponse membership) {
}
