package fr.entraide.accounts.api;

import java.time.Instant;
import java.util.List;

/** Everything Entraide holds about a person (GDPR access and portability). */
public record AccountExport(Instant exportedAt, MeResponse profile, List<SentInvitation> invitationsSent,
                            List<PersonalTokenResponse> personalAccessTokens, List<OwnFile> files) {
}
