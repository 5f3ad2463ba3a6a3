package fr.entraide.accounts;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a valid personal access token into an identity whose principal name is the owner's id. */
@ApplicationScoped
public class PersonalTokenIdentityProvider implements IdentityProvider<PersonalTokenRequest> {

    @Inject
    PersonalAccessTokenService personalTokens;

    @Override
    public Class<PersonalTokenRequest> getRequestType() {
        return PersonalTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(PersonalTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Long.toString(personalTokens.authenticate(request.token()))))
                .build());
    }
}
