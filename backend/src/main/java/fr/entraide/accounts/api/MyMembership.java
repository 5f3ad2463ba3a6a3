package fr.entraide.accounts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's groups, as listed in {@code GET /me}: role and status are the groups' own values. */
public record MyMembership(String slug, String name,
                           @Schema(ref = "#/components/schemas/MemberRole") String role,
                           @Schema(ref = "#/components/schemas/MemberStatus") String status) {
}
