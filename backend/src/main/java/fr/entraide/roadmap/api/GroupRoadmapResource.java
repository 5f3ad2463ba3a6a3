package fr.entraide.roadmap.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.roadmap.RoadmapService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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

import java.net.URI;

@Path("/groups/{slug}/roadmap")
@Tag(name = "Feuille de route", description = "Axes, actions, statuts, volontaires, historique")
public class GroupRoadmapResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RoadmapService roadmap;

    @GET
    @Operation(summary = "La feuille de route du groupe", description = "Les axes dans l'ordre, chacun avec ses actions ; lisible sans compte pour un groupe public.")
    public RoadmapView roadmap(@PathParam("slug") String slug) {
        return roadmap.roadmap(slug, currentUser.get());
    }

    @POST
    @Path("/axes")
    @Operation(summary = "Ajouter un axe (soucieux·ses)")
    @APIResponse(responseCode = "201", description = "Axe créé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AxisView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response createAxis(@PathParam("slug") String slug, @Valid @NotNull CreateAxisRequest request) {
        AxisView created = roadmap.createAxis(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/roadmap/axes/" + created.id())).entity(created).build();
    }
}
