package fr.entraide.accounts;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A personal access token presented as a bearer token, to be checked by {@link PersonalTokenIdentityProvider}. */
public class PersonalTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public PersonalTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
