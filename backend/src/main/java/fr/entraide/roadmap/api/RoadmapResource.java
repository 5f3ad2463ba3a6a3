package fr.entraide.roadmap.api;

import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.roadmap.RoadmapService;
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

import java.net.URI;

/** Axes and actions, addressed by id. */
@Path("/roadmap")
@Tag(name = "Feuille de route")
public class RoadmapResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RoadmapService roadmap;

    @PATCH
    @Path("/axes/{id}")
    @Operation(summary = "Modifier ou déplacer un axe (soucieux·ses)")
    @RolesAllowed(Roles.VERIFIED)
    public AxisView updateAxis(@PathParam("id") long id, @Valid @NotNull UpdateAxisRequest request) {
        return roadmap.updateAxis(id, currentUser.caller(), request);
    }

    @DELETE
    @Path("/axes/{id}")
    @Operation(summary = "Supprimer un axe vide (soucieux·ses)", description = "409 s'il contient des actions.")
    @APIResponse(responseCode = "204", description = "Supprimé")
    @RolesAllowed(Roles.VERIFIED)
    public void deleteAxis(@PathParam("id") long id) {
        roadmap.deleteAxis(id, currentUser.caller());
    }

    @POST
    @Path("/axes/{id}/actions")
    @Operation(summary = "Ajouter une action à un axe (soucieux·ses)", description = "Ouvre aussi sa discussion dans la rubrique « Feuille de route ».")
    @APIResponse(responseCode = "201", description = "Action créée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response createAction(@PathParam("id") long axisId, @Valid @NotNull CreateActionRequest request) {
        ActionView created = roadmap.createAction(axisId, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/roadmap/actions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/actions/{id}")
    @Operation(summary = "Voir une action", description = "Avec son axe, son groupe, et ce que l'appelant peut y faire.")
    public ActionPage action(@PathParam("id") long id) {
        return roadmap.page(id, currentUser.get());
    }

    @PATCH
    @Path("/actions/{id}")
    @Operation(summary = "Modifier une action (soucieux·ses)", description = "Statut, titre, description, axe (du même groupe), rang ; 409 si la version est périmée.")
    @RolesAllowed(Roles.VERIFIED)
    public ActionView updateAction(@PathParam("id") long id, @Valid @NotNull UpdateActionRequest request) {
        return roadmap.updateAction(id, currentUser.caller(), request);
    }

    @DELETE
    @Path("/actions/{id}")
    @Operation(summary = "Supprimer une action (soucieux·ses)", description = "Pour une action abandonnée qu'on garde visible, préférez le statut DROPPED.")
    @APIResponse(responseCode = "204", description = "Supprimée")
    @RolesAllowed(Roles.VERIFIED)
    public void deleteAction(@PathParam("id") long id) {
        roadmap.deleteAction(id, currentUser.caller());
    }

    @GET
    @Path("/actions/{id}/history")
    @Operation(summary = "Historique d'une action", description = "Changements de statut, de titre, d'axe et de volontaires, du plus récent au plus ancien.")
    public PageResponse<HistoryView> history(@PathParam("id") long id) {
        return new PageResponse<>(roadmap.history(id, currentUser.get()), null);
    }

    @POST
    @Path("/actions/{id}/volunteers")
    @ResponseStatus(201)
    @Operation(summary = "Je m'en empare", description = "L'appelant porte l'action (et suit sa discussion).")
    @APIResponse(responseCode = "201", description = "Porteur·se ajouté·e",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public ActionView volunteer(@PathParam("id") long id) {
        return roadmap.volunteer(id, currentUser.caller());
    }

    @DELETE
    @Path("/actions/{id}/volunteers/me")
    @Operation(summary = "Ne plus porter l'action")
    @APIResponse(responseCode = "204", description = "Retiré")
    @RolesAllowed(Roles.VERIFIED)
    public void withdraw(@PathParam("id") long id) {
        roadmap.withdraw(id, currentUser.caller());
    }
}
