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

/** The referent's answer, through the mailed link. */
@Path("/visit-requests/{token}")
@Tag(name = "Visites de lieux", description = "Demandes de visite ou de témoignage, réponses du ou de la référente, voyages apprenants")
public class VisitRequestResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    VisitRequestService visits;

    @GET
        @Operation(summary = "Une demande, vue par le ou la référente (le lien reçu par e-mail)")
    public VisitRequestView byToken(@PathParam("token") String token) {
        return visits.byToken(token);
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accepter une demande (le lien reçu par e-mail)", description = "Crée une rencontre « voyage apprenant » dans le groupe de la demande (ou celui donné), à l'adresse du lieu, la personne qui a demandé répondant oui. 409 si la demande a déjà reçu une réponse.")
    public VisitRequestView accept(@PathParam("token") String token, @Valid @NotNull AcceptVisitRequest body) {
        return visits.accept(token, body);
    }

    @POST
    @Path("decline")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Décliner une demande (le lien reçu par e-mail)", description = "La personne qui a demandé est prévenue, avec le mot donné. 409 si la demande a déjà reçu une réponse.")
    public VisitRequestView decline(@PathParam("token") String token, @Valid DeclineVisitRequest body) {
        return visits.decline(token, body == null ? null : body.message());
    }
}
