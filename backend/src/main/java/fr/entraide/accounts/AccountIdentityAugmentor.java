package fr.entraide.accounts;

import fr.entraide.common.cache.ReadCache;
import fr.entraide.common.cache.ReadCaches;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Checks the account behind every authenticated request, so that a suspension or a deletion stops a token at once,
 * and gives the identity the caller's roles ({@link Roles}) and a {@link Caller} snapshot. The account is read from
 * {@link ReadCaches}, which any change of an account empties (on every instance), so "at once" still holds.
 */
@ApplicationScoped
public class AccountIdentityAugmentor implements SecurityIdentityAugmentor {

    /** What the check needs of an account. */
    private record Account(Caller caller, boolean deleted, boolean suspended) {
    }

    private final ReadCache<Long, Account> accounts = ReadCaches.create(10_000);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withAccount(identity));
    }

    @ActivateRequestContext
    SecurityIdentity withAccount(SecurityIdentity identity) {
        Caller caller = activeAccount(userIdOf(identity));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addRole(Roles.USER)
                .addAttribute(Roles.CALLER_ATTRIBUTE, caller);
        if (caller.emailVerified()) {
            builder.addRole(Roles.VERIFIED);
        }
        if (caller.isAdmin()) {
            builder.addRole(Roles.ADMIN);
        }
        return builder.build();
    }

    private Caller activeAccount(long userId) {
        Optional<Account> account = accounts.get(userId, () -> User.<User>findByIdOptional(userId)
                .map(user -> new Account(user.toCaller(), user.deletedAt != null, user.suspended)));
        if (account.isEmpty() || account.get().deleted()) {
            throw failure(new ProblemException(ProblemType.UNAUTHORIZED, "account.gone"));
        }
        if (account.get().suspended()) {
            throw failure(new ProblemException(ProblemType.ACCOUNT_SUSPENDED,
                    "account.suspended"));
        }
        return account.get().caller();
    }

    /** Access tokens name the account by their subject, personal access tokens by the principal's name. */
    private static long userIdOf(SecurityIdentity identity) {
        String id = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : identity.getPrincipal().getName();
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new AuthenticationFailedException("Token subject is not an account id");
        }
    }

    private static AuthenticationFailedException failure(ProblemException problem) {
        return new AuthenticationFailedException(problem);
    }
}
