package fr.entraide.accounts.api;

import fr.entraide.accounts.AuthService;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.security.ClientAddress;
import fr.entraide.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.net.URI;

@Path("/auth")
@Tag(name = "Authentification", description = "Inscription, connexion, sessions et mots de passe")
public class AuthResource {

    /** The SPA's refresh token: HttpOnly, so scripts never read it, and sent only to /api/v1/auth. */
    static final String REFRESH_COOKIE = "entraide_refresh";
    private static final String COOKIE_PATH = "/api/v1/auth";

    @Inject
    AuthService auth;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppConfig config;

    @Inject
    HttpServerRequest httpRequest;

    @POST
    @Path("/register")
    @Operation(summary = "Créer un compte", description = "Envoie un e-mail de vérification. Avant vérification, le compte peut lire mais pas écrire.")
    @APIResponse(responseCode = "201", description = "Compte créé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeResponse.class)))
    public Response register(@Valid @NotNull RegisterRequest request) {
        MeResponse user = auth.register(request);
        return Response.created(URI.create("/api/v1/users/" + user.id())).entity(user).build();
    }

    @POST
    @Path("/verify-email")
    @Operation(summary = "Vérifier son adresse e-mail avec le jeton du lien reçu")
    @APIResponse(responseCode = "204", description = "Adresse vérifiée")
    public void verifyEmail(@Valid @NotNull VerifyEmailRequest request) {
        auth.verifyEmail(request.token());
    }

    @POST
    @Path("/resend-verification")
    @ResponseStatus(202)
    @Operation(summary = "Renvoyer l'e-mail de vérification", description = "Quelques envois par jour, espacés d'une minute au moins.")
    @APIResponse(responseCode = "429", description = "Quota d'envois atteint ; Retry-After dit quand réessayer")
    @APIResponse(responseCode = "202", description = "E-mail de vérification envoyé")
    @Authenticated
    public void resendVerification() {
        auth.resendVerification(currentUser.caller());
    }

    @POST
    @Path("/login")
    @Operation(summary = "Se connecter", description = "Renvoie un jeton d'accès (JWT, courte durée) et un jeton de renouvellement, aussi posé en cookie HttpOnly. 429 avec Retry-After après trop d'échecs.")
    @APIResponse(responseCode = "429", description = "Trop d'échecs pour ce compte ou depuis cette adresse ; Retry-After dit quand réessayer")
    @APIResponse(responseCode = "200", description = "Connecté·e ; le jeton de renouvellement est aussi posé en cookie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    public Response login(@Valid @NotNull LoginRequest request) {
        return withSessionCookie(auth.login(request, ClientAddress.of(httpRequest)));
    }

    @POST
    @Path("/refresh")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Renouveler le jeton d'accès", description = "Avec le cookie de session ou {refreshToken}. Chaque jeton de renouvellement ne sert qu'une fois ; la session dure une journée de travail.")
    @APIResponse(responseCode = "200", description = "Nouveaux jetons ; le cookie de session suit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    public Response refresh(@CookieParam(REFRESH_COOKIE) String cookie, RefreshRequest request) {
        String secret = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
        return withSessionCookie(auth.refresh(secret));
    }

    @POST
    @Path("/logout")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Se déconnecter", description = "Révoque la session (tous ses jetons de renouvellement).")
    @APIResponse(responseCode = "204", description = "Déconnecté")
    public Response logout(@CookieParam(REFRESH_COOKIE) String cookie, RefreshRequest request) {
        auth.logout(request != null && request.refreshToken() != null ? request.refreshToken() : cookie);
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    @POST
    @Path("/password-reset")
    @ResponseStatus(202)
    @Operation(summary = "Demander un lien de réinitialisation du mot de passe", description = "Répond 202, que l'adresse ait un compte ou non ; quelques liens par jour et par adresse, espacés d'une minute au moins. Un nouveau lien annule les précédents.")
    @APIResponse(responseCode = "429", description = "Quota d'envois atteint pour cette adresse ou depuis ce client ; Retry-After dit quand réessayer")
    @APIResponse(responseCode = "202", description = "Demande prise en compte")
    public void requestPasswordReset(@Valid @NotNull PasswordResetRequest request) {
        auth.requestPasswordReset(request.email(), ClientAddress.of(httpRequest));
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(summary = "Choisir un nouveau mot de passe avec le jeton du lien reçu")
    @APIResponse(responseCode = "204", description = "Mot de passe changé ; les sessions ouvertes sont fermées")
    public void resetPassword(@Valid @NotNull PasswordResetConfirmRequest request) {
        auth.resetPassword(request);
    }

    private Response withSessionCookie(TokenResponse tokens) {
        return Response.ok(tokens).cookie(sessionCookie(tokens.refreshToken(), (int) tokens.refreshExpiresIn())).build();
    }

    private NewCookie sessionCookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .httpOnly(true)
                .secure(config.publicUrl().startsWith("https:"))
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAgeSeconds)
                .build();
    }
}
