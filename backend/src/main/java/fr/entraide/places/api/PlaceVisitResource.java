package fr.entraide.places.api;

import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.places.VisitRequestService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Asking a place to visit it, and the requests a place received. */
@Path("/places/{id}/visit-requests")
@Tag(name = "Visites de lieux", description = "Demandes de visite ou de témoignage, réponses du ou de la référente, voyages apprenants")
public class PlaceVisitResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    VisitRequestService visits;

    @POST
        @Operation(summary = "Demander une visite (ou inviter à témoigner)", description = "Le ou la référente reçoit un e-mail avec un lien pour accepter (en choisissant une date) ou décliner ; son adresse n'est pas communiquée avant l'acceptation. 409 si le lieu n'accueille pas ce type de demande.")
    @APIResponse(responseCode = "201", description = "Demande envoyée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitRequestView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@PathParam("id") long id, @Valid @NotNull VisitRequestBody body) {
        VisitRequestView created = visits.create(id, currentUser.caller(), body);
        return Response.created(URI.create("/api/v1/me/visit-requests")).entity(created).build();
    }

    @GET
        @Operation(summary = "Les demandes reçues par un lieu (son auteur·ice, les soucieux·ses de son groupe, les admins)")
    @Authenticated
    public PageResponse<VisitRequestView> ofPlace(@PathParam("id") long id) {
        return new PageResponse<>(visits.ofPlace(id, currentUser.caller()), null);
    }
}
