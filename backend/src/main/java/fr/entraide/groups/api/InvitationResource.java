package fr.entraide.groups.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.groups.InvitationAccepted;
import fr.entraide.groups.InvitationService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/invitations/{token}")
@Tag(name = "Groupes")
public class InvitationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    InvitationService invitations;

    @GET
    @Operation(summary = "Voir une invitation", description = "Le jeton est celui du lien reçu par e-mail. 404 : inconnue ou expirée ; 410 : déjà acceptée.")
    public InvitationView view(@PathParam("token") String token) {
        return invitations.view(token);
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accepter une invitation", description = "L'appelant devient membre actif, quelle que soit la politique d'adhésion ; le groupe retient qui l'a invité.")
    @Authenticated
    public InvitationAccepted accept(@PathParam("token") String token) {
        return invitations.accept(token, currentUser.caller());
    }
}
