package fr.entraide.polls.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.polls.PollService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/polls/{id}")
@Tag(name = "Sondages")
public class PollResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PollService polls;

    @GET
    @Operation(summary = "Voir un sondage", description = "Chaque option avec ses oui / si besoin / non et la réponse de l'appelant.")
    public PollView get(@PathParam("id") long id) {
        return polls.get(id, currentUser.get());
    }

    @PUT
    @Path("/votes")
    @Operation(summary = "Répondre au sondage", description = "Remplace toutes les réponses de l'appelant ; 409 si le sondage est fermé.")
    @RolesAllowed(Roles.VERIFIED)
    public PollView vote(@PathParam("id") long id, @Valid @NotNull VotesRequest request) {
        return polls.vote(id, currentUser.caller(), request);
    }

    @POST
    @Path("/close")
    @Operation(summary = "Fermer le sondage (auteur ou soucieux·ses)", description = "Avec chosenOptionId et createAs, l'option datée retenue devient une rencontre ou un atelier et ceux qui ont répondu oui sont invités.")
    @RolesAllowed(Roles.VERIFIED)
    public PollView close(@PathParam("id") long id, @Valid @NotNull ClosePollRequest request) {
        return polls.close(id, currentUser.caller(), request);
    }
}
