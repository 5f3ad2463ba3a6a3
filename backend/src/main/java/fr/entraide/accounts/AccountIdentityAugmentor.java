package fr.entraide.accounts;

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

/**
 * Re-reads the account behind every authenticated request, so that a suspension or a deletion stops a token at once,
 * and gives the identity the caller's roles ({@link Roles}) and a {@link Caller} snapshot.
 */
@ApplicationScoped
public class AccountIdentityAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withAccount(identity));
    }

    @ActivateRequestContext
    SecurityIdentity withAccount(SecurityIdentity identity) {
        Caller caller = activeAccount(userIdOf(identity)).toCaller();
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

    private static User activeAccount(long userId) {
        User user = User.findById(userId);
        if (user == null || user.deletedAt != null) {
            throw failure(new ProblemException(ProblemType.UNAUTHORIZED, "account.gone"));
        }
        if (user.suspended) {
            throw failure(new ProblemException(ProblemType.ACCOUNT_SUSPENDED,
                    "account.suspended"));
        }
        return user;
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
