package fr.entraide.accounts;

import fr.entraide.accounts.api.CreateTokenRequest;
import fr.entraide.accounts.api.PersonalTokenResponse;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import fr.entraide.common.time.EventFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Long-lived tokens that integrators create for their scripts; only their hash is stored. */
@ApplicationScoped
public class PersonalAccessTokenService {

    static final String PREFIX = "entpat_";
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    public static boolean looksLikePersonalToken(String token) {
        return token.startsWith(PREFIX);
    }

    /** @return the owner's id; a 401 problem for an unknown, revoked or expired token. */
    @Transactional
    public long authenticate(String token) {
        PersonalAccessToken pat = PersonalAccessToken.<PersonalAccessToken>find("tokenHash", Secrets.hash(token))
                .firstResultOptional()
                .filter(found -> found.expiresAt == null || found.expiresAt.isAfter(Instant.now()))
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "auth.personal-token-invalid"));
        Instant now = Instant.now();
        if (pat.lastUsedAt == null || pat.lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION))) {
            pat.lastUsedAt = now;
        }
        return pat.userId;
    }

    @Transactional
    public PersonalTokenResponse create(Caller caller, CreateTokenRequest request) {
        EventFields.requirePlausible(request.expiresAt(), "expiresAt");
        String secret = PREFIX + Secrets.newToken();
        PersonalAccessToken pat = new PersonalAccessToken();
        pat.userId = caller.id();
        pat.name = request.name().trim();
        pat.expiresAt = request.expiresAt();
        pat.tokenHash = Secrets.hash(secret);
        pat.persist();
        return PersonalTokenResponse.of(pat, secret);
    }

    public List<PersonalTokenResponse> list(Caller caller) {
        return PersonalAccessToken.<PersonalAccessToken>list("userId = ?1 order by id", caller.id()).stream()
                .map(pat -> PersonalTokenResponse.of(pat, null))
                .toList();
    }

    @Transactional
    public void revoke(Caller caller, long id) {
        if (PersonalAccessToken.delete("id = ?1 and userId = ?2", id, caller.id()) == 0) {
            throw ProblemException.notFound("token.not-found", id);
        }
    }
}
