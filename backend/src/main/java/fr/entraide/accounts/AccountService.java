package fr.entraide.accounts;

import fr.entraide.accounts.api.AccountExport;
import fr.entraide.accounts.api.DeleteAccountRequest;
import fr.entraide.accounts.api.MeResponse;
import fr.entraide.accounts.api.PublicUser;
import fr.entraide.accounts.api.UpdateMeRequest;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** A member's own account: profile, export and deletion; public profiles and mention look-ups. */
@ApplicationScoped
public class AccountService {

    private static final int PREFIX_MATCHES = 10;

    @Inject
    PersonalAccessTokenService personalTokens;

    @Inject
    AccountMemberships memberships;

    @Inject
    AccountFiles files;

    @Inject
    Event<AccessEnded> accessEnded;

    @Inject
    AuditLog audit;

    public MeResponse toMe(User user) {
        return MeResponse.of(user, memberships.of(user.id));
    }

    public MeResponse me(Caller caller) {
        return toMe(User.findById(caller.id()));
    }

    @Transactional
    public MeResponse update(Caller caller, UpdateMeRequest request) {
        User user = User.findById(caller.id());
        Patch.requiredText(request.displayName(), "displayName", "account.display-name-blank", value -> user.displayName = value);
        if (request.bio() != null) {
            user.bio = request.bio().isBlank() ? null : request.bio().strip();
        }
        if (request.locale() != null) {
            user.locale = request.locale();
        }
        if (request.emailDigest() != null) {
            user.emailDigest = request.emailDigest();
        }
        User.flush();
        return toMe(user);
    }

    /** The export of someone's personal data is recorded, in the same transaction, like a staff action. */
    @Transactional
    public AccountExport export(Caller caller) {
        audit.record(caller.id(), "account.exported", AuditLog.Target.siteWide("user", caller.id()));
        return new AccountExport(Instant.now(), me(caller), memberships.sentBy(caller.id()), personalTokens.list(caller),
                files.uploadedBy(caller.id()));
    }

    /**
     * Deletes the account but keeps what the person wrote: the row is anonymised ("Ancien membre") so that
     * posts and history stay readable, and every way to sign in is removed.
     */
    @Transactional
    public void delete(Caller caller, DeleteAccountRequest request) {
        User user = User.findById(caller.id());
        if (!BcryptUtil.matches(request.password(), user.passwordHash)) {
            throw ProblemException.invalid("password", "account.wrong-password");
        }
        memberships.leaveAll(user.id);
        accessEnded.fire(new AccessEnded(user.id));
        RefreshToken.delete("userId", user.id);
        PersonalAccessToken.delete("userId", user.id);
        OneTimeToken.delete("userId", user.id);
        user.email = "supprime-" + user.id + "@entraide.invalid";
        user.username = "ancien-membre-" + user.id;
        user.displayName = User.FORMER_MEMBER_NAME;
        user.bio = null;
        user.passwordHash = BcryptUtil.bcryptHash(Secrets.newToken());
        user.emailVerified = false;
        user.deletedAt = Instant.now();
    }

    public PublicUser publicProfile(long id) {
        User user = User.<User>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("user.not-found", id));
        return PublicUser.of(user);
    }

    /** Mention autocompletion: active accounts whose username starts with the prefix. */
    public List<UserSummary> byUsernamePrefix(String prefix) {
        String cleaned = prefix == null ? "" : prefix.strip().replaceFirst("^@", "");
        if (cleaned.isEmpty()) {
            throw ProblemException.invalid("prefix", "account.username-prefix-required");
        }
        String pattern = cleaned.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return User.<User>find("lower(username) like ?1 escape '\\' and deletedAt is null and suspended = false order by lower(username)", pattern)
                .page(0, PREFIX_MATCHES)
                .stream()
                .map(u -> new UserSummary(u.id, u.username, u.displayName))
                .toList();
    }
}
