package fr.entraide.accounts.api;

import fr.entraide.accounts.AccountService;
import fr.entraide.accounts.AuthService;
import fr.entraide.accounts.PersonalAccessTokenService;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/me")
@Tag(name = "Mon compte", description = "Profil, préférences, données personnelles, jetons d'accès personnels")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    AuthService auth;

    @Inject
    PersonalAccessTokenService personalTokens;

    @GET
    @Operation(summary = "Mon profil", description = "Avec emailVerified, siteRole et mes groupes.")
    @Authenticated
    public MeResponse me() {
        return accounts.me(currentUser.caller());
    }

    @PATCH
    @Operation(summary = "Modifier mon profil et mes préférences")
    @Authenticated
    public MeResponse update(@Valid @NotNull UpdateMeRequest request) {
        return accounts.update(currentUser.caller(), request);
    }

    @POST
    @Path("/password")
    @Operation(summary = "Changer mon mot de passe", description = "Ferme les sessions, révoque les jetons d'accès personnels, le jeton des agendas et les liens de réinitialisation, et coupe les flux en direct.")
    @APIResponse(responseCode = "204", description = "Changé")
    @Authenticated
    public void changePassword(@Valid @NotNull ChangePasswordRequest request) {
        auth.changePassword(currentUser.caller(), request);
    }

    @GET
    @Path("/export")
    @Operation(summary = "Exporter toutes mes données (RGPD)")
    @APIResponse(responseCode = "200", description = "Mes données, en pièce jointe",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountExport.class)))
    @Authenticated
    public Response export() {
        return Response.ok(accounts.export(currentUser.caller()))
                .header("Content-Disposition", "attachment; filename=\"entraide-export.json\"")
                .build();
    }

    @DELETE
    @Operation(summary = "Supprimer mon compte", description = "Mes messages restent, signés « Ancien membre ». 409 si je suis le ou la seul·e soucieux·se d'un groupe.")
    @APIResponse(responseCode = "204", description = "Compte supprimé")
    @Authenticated
    public void delete(@Valid @NotNull DeleteAccountRequest request) {
        accounts.delete(currentUser.caller(), request);
    }

    @POST
    @Path("/tokens")
    @ResponseStatus(201)
    @Operation(summary = "Créer un jeton d'accès personnel", description = "Pour les intégrations : s'utilise comme Authorization: Bearer <token>. Le secret n'est montré qu'une fois. Adresse e-mail vérifiée requise ; un changement de mot de passe ou la première vérification de l'adresse révoque tous les jetons.")
    @APIResponse(responseCode = "201", description = "Jeton créé, avec son secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalTokenResponse.class)))
    @RolesAllowed(Roles.VERIFIED)
    public PersonalTokenResponse createToken(@Valid @NotNull CreateTokenRequest request) {
        return personalTokens.create(currentUser.caller(), request);
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "Lister mes jetons d'accès personnels")
    @Authenticated
    public PageResponse<PersonalTokenResponse> tokens() {
        return new PageResponse<>(personalTokens.list(currentUser.caller()), null);
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Révoquer un jeton d'accès personnel")
    @APIResponse(responseCode = "204", description = "Révoqué")
    @Authenticated
    public void revokeToken(@PathParam("id") long id) {
        personalTokens.revoke(currentUser.caller(), id);
    }
}
