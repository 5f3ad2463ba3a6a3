package fr.entraide.groups;

/** One of the caller's groups, as listed in {@code GET /me}. */
public record MyMembership(String slug, String name, MemberRole role, MemberStatus status) {
}
