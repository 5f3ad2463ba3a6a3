package fr.entraide.common.security;

import fr.entraide.accounts.PersonalAccessTokenService;
import fr.entraide.accounts.User;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Who is calling: resolved once per request from {@code Authorization: Bearer <token>}, where the token is either an
 * access JWT or a personal access token. The user is read from the database on every request so that suspension
 * and deletion take effect at once.
 */
@RequestScoped
public class CurrentUser {

    private static final String BEARER = "Bearer ";

    @Inject
    HttpServerRequest request;

    @Inject
    AccessTokens accessTokens;

    @Inject
    PersonalAccessTokenService personalTokens;

    private boolean resolved;
    private Caller caller;

    public Optional<Caller> get() {
        if (!resolved) {
            caller = resolve();
            resolved = true;
        }
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        return get().orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "auth.sign-in-required"));
    }

    /** Writing anything needs a verified e-mail address. */
    public Caller requireVerified() {
        Caller current = require();
        if (!current.emailVerified()) {
            throw new ProblemException(ProblemType.EMAIL_NOT_VERIFIED, "account.email-not-verified");
        }
        return current;
    }

    public Caller requireAdmin() {
        Caller current = require();
        if (!current.isAdmin()) {
            throw ProblemException.forbidden("admin.only");
        }
        return current;
    }

    private Caller resolve() {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "auth.bearer-only");
        }
        String token = header.substring(BEARER.length()).trim();
        long userId = PersonalAccessTokenService.looksLikePersonalToken(token)
                ? personalTokens.authenticate(token)
                : accessTokens.verify(token);
        User user = User.findById(userId);
        if (user == null || user.deletedAt != null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "account.gone");
        }
        if (user.suspended) {
            throw new ProblemException(ProblemType.ACCOUNT_SUSPENDED, "account.suspended");
        }
        return user.toCaller();
    }
}
