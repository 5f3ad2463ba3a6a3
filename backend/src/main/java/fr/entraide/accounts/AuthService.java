package fr.entraide.accounts;

import fr.entraide.accounts.api.ChangePasswordRequest;
import fr.entraide.accounts.api.LoginRequest;
import fr.entraide.accounts.api.MeResponse;
import fr.entraide.accounts.api.PasswordResetConfirmRequest;
import fr.entraide.accounts.api.RegisterRequest;
import fr.entraide.accounts.api.TokenResponse;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.common.limits.RateLimits;
import fr.entraide.common.security.AccessTokens;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import fr.entraide.mail.MailOutbox;
import fr.entraide.mail.MailQuotas;
import fr.entraide.mail.Mails;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sign-up, sign-in and sessions: short access JWTs, and rotated refresh tokens for a working day. */
@ApplicationScoped
public class AuthService {

    /** Compared against when the e-mail is unknown, so that the answer takes as long as for a real account. */
    private static final String UNKNOWN_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");
    /** Two tabs may refresh at once with the same token: that is not a theft. */
    private static final Duration CONCURRENT_REFRESH_GRACE = Duration.ofSeconds(30);
    static final String LOGIN_PER_ACCOUNT = "login-account";
    static final String LOGIN_PER_ADDRESS = "login-address";

    @Inject
    AppConfig config;

    @Inject
    AccessTokens accessTokens;

    @Inject
    AccountService accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    RateLimits rateLimits;

    @Inject
    MailQuotas mailQuotas;

    @Inject
    Credentials credentials;

    @Transactional
    public MeResponse register(RegisterRequest request) {
        String email = Emails.canonical(request.email());
        if (User.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("email", "account.email-taken");
        }
        if (User.usernameTaken(request.username())) {
            throw ProblemException.conflict("username", "account.username-taken");
        }
        User user = new User();
        user.email = email;
        user.username = request.username();
        user.displayName = request.displayName() == null || request.displayName().isBlank()
                ? request.username() : request.displayName().strip();
        user.locale = request.locale() == null ? "fr" : request.locale();
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.persist();
        sendVerification(user);
        return MeResponse.of(user, List.of());
    }

    @Transactional
    public void resendVerification(Caller caller) {
        User user = User.findById(caller.id());
        if (user.emailVerified) {
            throw ProblemException.conflict(null, "account.email-already-verified");
        }
        mailQuotas.verification(user.id);
        sendVerification(user);
    }

    /** A link opened again once the address is verified succeeds again: the person only wants to know it is done. */
    @Transactional
    public void verifyEmail(String token) {
        Optional<OneTimeToken> fresh = OneTimeToken.consume(token, TokenPurpose.VERIFY_EMAIL);
        if (fresh.isPresent()) {
            credentials.verify(User.findById(fresh.get().userId));
            return;
        }
        boolean alreadyVerified = OneTimeToken.usedBy(token, TokenPurpose.VERIFY_EMAIL)
                .map(userId -> User.<User>findById(userId).emailVerified).orElse(false);
        if (!alreadyVerified) {
            throw ProblemException.invalid("token", "auth.verification-link-invalid");
        }
    }

    /**
     * Every attempt is counted as a failure before the password is even compared, per account and per client
     * address, in a transaction of its own: a parallel burst is counted try by try. A success takes its count back.
     */
    public TokenResponse login(LoginRequest request, String clientAddress) {
        String email = Emails.canonical(request.email());
        QuarkusTransaction.requiringNew().run(() -> {
            rateLimits.enforce(LOGIN_PER_ACCOUNT, email, config.login().perAccount(),
                    "limits.login-per-account");
            rateLimits.enforce(LOGIN_PER_ADDRESS, clientAddress, config.login().perAddress(),
                    "limits.login-per-address");
        });
        return QuarkusTransaction.requiringNew().call(() -> attempt(email, request.password(), clientAddress))
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_CREDENTIALS, "auth.invalid-credentials"));
    }

    private Optional<TokenResponse> attempt(String email, String password, String clientAddress) {
        Optional<User> user = User.findByEmail(email).filter(u -> u.deletedAt == null);
        boolean matches = BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(UNKNOWN_ACCOUNT_HASH));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        if (user.get().suspended) {
            throw new ProblemException(ProblemType.ACCOUNT_SUSPENDED, "account.suspended");
        }
        rateLimits.reset(LOGIN_PER_ACCOUNT, email);
        rateLimits.giveBack(LOGIN_PER_ADDRESS, clientAddress);
        return Optional.of(startSession(user.get(), UUID.randomUUID(), Instant.now().plus(config.refreshTokenLifetime())));
    }

    /**
     * Rotates a refresh token. A token used twice (outside a short grace for concurrent tabs) reveals a stolen
     * copy: the whole sign-in is revoked.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public TokenResponse refresh(String secret) {
        ProblemException noSession = new ProblemException(ProblemType.UNAUTHORIZED, "auth.session-expired");
        if (secret == null || secret.isBlank()) {
            throw noSession;
        }
        RefreshToken token = RefreshToken.<RefreshToken>find("tokenHash", Secrets.hash(secret))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> noSession);
        Instant now = Instant.now();
        if (token.revokedAt != null || token.expiresAt.isBefore(now)) {
            throw noSession;
        }
        if (token.usedAt != null) {
            if (token.usedAt.isBefore(now.minus(CONCURRENT_REFRESH_GRACE))) {
                RefreshToken.revokeFamily(token.family);
            }
            throw noSession;
        }
        User user = User.findById(token.userId);
        if (user == null || user.deletedAt != null) {
            throw noSession;
        }
        if (user.suspended) {
            throw new ProblemException(ProblemType.ACCOUNT_SUSPENDED, "account.suspended");
        }
        token.usedAt = now;
        return startSession(user, token.family, token.expiresAt);
    }

    @Transactional
    public void logout(String secret) {
        if (secret == null || secret.isBlank()) {
            return;
        }
        RefreshToken.<RefreshToken>find("tokenHash", Secrets.hash(secret)).firstResultOptional().ifPresent(token -> {
            RefreshToken.revokeFamily(token.family);
            credentials.signedOut(token.userId);
        });
    }

    /** Always accepted, so that nobody learns whether an address has an account. */
    @Transactional
    public void requestPasswordReset(String email, String clientAddress) {
        mailQuotas.passwordReset(Emails.canonical(email), clientAddress);
        User.findByEmail(email).filter(u -> u.deletedAt == null && !u.suspended).ifPresent(user -> {
            String secret = OneTimeToken.issue(user.id, TokenPurpose.PASSWORD_RESET, config.passwordResetTokenLifetime());
            outbox.enqueue(user.email, mails.passwordReset(user.locale, user.displayName, secret));
        });
    }

    /**
     * The link came by e-mail, so following it also proves the address; every open session, token and stream of
     * the account ends ({@link Credentials}).
     */
    @Transactional
    public void resetPassword(PasswordResetConfirmRequest request) {
        OneTimeToken used = OneTimeToken.consume(request.token(), TokenPurpose.PASSWORD_RESET)
                .orElseThrow(() -> ProblemException.invalid("token", "auth.reset-link-invalid"));
        User user = User.findById(used.userId);
        user.passwordHash = BcryptUtil.bcryptHash(request.newPassword());
        credentials.verify(user);
        credentials.passwordChanged(user);
        rateLimits.reset(LOGIN_PER_ACCOUNT, user.email);
    }

    @Transactional
    public void changePassword(Caller caller, ChangePasswordRequest request) {
        User user = User.findById(caller.id());
        if (!BcryptUtil.matches(request.currentPassword(), user.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "account.wrong-current-password");
        }
        user.passwordHash = BcryptUtil.bcryptHash(request.newPassword());
        credentials.passwordChanged(user);
    }

    private TokenResponse startSession(User user, UUID family, Instant sessionEnd) {
        String secret = Secrets.newToken();
        RefreshToken token = new RefreshToken();
        token.userId = user.id;
        token.family = family;
        token.tokenHash = Secrets.hash(secret);
        token.expiresAt = sessionEnd;
        token.persist();
        return new TokenResponse(accessTokens.issue(user.id, user.username), "Bearer", accessTokens.lifetimeSeconds(),
                secret, Math.max(0, Duration.between(Instant.now(), sessionEnd).toSeconds()), accounts.toMe(user));
    }

    private void sendVerification(User user) {
        String secret = OneTimeToken.issue(user.id, TokenPurpose.VERIFY_EMAIL, config.verificationTokenLifetime());
        outbox.enqueue(user.email, mails.verifyEmail(user.locale, user.displayName, secret));
    }
}
