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

/** The caller's visit requests. */
@Path("/me/visit-requests")
@Tag(name = "Visites de lieux", description = "Demandes de visite ou de témoignage, réponses du ou de la référente, voyages apprenants")
public class MyVisitRequestResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    VisitRequestService visits;

    @GET
        @Operation(summary = "Mes demandes de visite", description = "Avec leur état, la rencontre une fois acceptée, et alors l'e-mail du ou de la référente.")
    @Authenticated
    public PageResponse<VisitRequestView> mine() {
        return new PageResponse<>(visits.mine(currentUser.caller()), null);
    }
}
