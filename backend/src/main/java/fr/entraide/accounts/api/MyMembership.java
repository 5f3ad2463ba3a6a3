package fr.entraide.accounts.api;

import fr.entraide.groups.MemberRole;
import fr.entraide.groups.MemberStatus;

/** One of the caller's groups, as listed in {@code GET /me}. */
public record MyMembership(String slug, String name, MemberRole role, MemberStatus status) {
}
