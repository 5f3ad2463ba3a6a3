package fr.entraide.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The caller of the current request as the application sees it, read from the Quarkus {@link SecurityIdentity}
 * (which the accounts feature authenticates and augments with a fresh {@link Caller}). Who may call a resource is
 * declared on it ({@code @Authenticated}, {@code @RolesAllowed}); this only hands the caller to the services.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /** The caller of a resource open to visitors: empty for them. */
    public Optional<Caller> get() {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(identity.getAttribute(Roles.CALLER_ATTRIBUTE));
    }

    /** The caller of a resource declared for signed-in accounts only. */
    public Caller caller() {
        return get().orElseThrow(UnauthorizedException::new);
    }
}
