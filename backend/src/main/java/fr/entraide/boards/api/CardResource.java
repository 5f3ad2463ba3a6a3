package fr.entraide.boards.api;

import fr.entraide.boards.BoardService;
import fr.entraide.common.error.Problem;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cards/{id}")
@Tag(name = "Tableaux d'idées")
public class CardResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @PATCH
    @Operation(summary = "Modifier, déplacer ou regrouper une carte",
            description = "Texte (son auteur·rice) contre la version lue : 409 avec la carte actuelle (current) si elle a changé entre-temps. "
                    + "Déplacer (membres) : column et after, la carte à suivre (en tête sans elle). Regrouper : stackOn. 409 si le tableau est fermé.")
    @APIResponse(responseCode = "200", description = "La carte",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardView.class)))
    @APIResponse(responseCode = "409", description = "Texte modifié entre-temps (current : la carte actuelle), ou tableau fermé",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = StaleCardProblem.class)))
    @RolesAllowed(Roles.VERIFIED)
    public CardView update(@PathParam("id") long id, @Valid @NotNull UpdateCardRequest request) {
        return boards.updateCard(id, currentUser.caller(), request);
    }

    @DELETE
    @Operation(summary = "Supprimer une carte (son auteur·rice, l'animation)")
    @APIResponse(responseCode = "204", description = "Supprimée")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        boards.deleteCard(id, currentUser.caller());
    }

    @PUT
    @Path("/vote")
    @Operation(summary = "Voter pour la carte (un point)", description = "Au plus votesPerMember points par membre sur le tableau : 409 au-delà. Le tableau, avec les votes qu'il reste.")
    @RolesAllowed(Roles.VERIFIED)
    public BoardView vote(@PathParam("id") long id) {
        return boards.vote(id, currentUser.caller());
    }

    @DELETE
    @Path("/vote")
    @Operation(summary = "Retirer son point de la carte")
    @RolesAllowed(Roles.VERIFIED)
    public BoardView unvote(@PathParam("id") long id) {
        return boards.unvote(id, currentUser.caller());
    }

    @POST
    @Path("/promote")
    @Operation(summary = "Faire de la carte une action de la feuille de route ou un fil du forum (soucieux·ses)",
            description = "ACTION dans l'axe axisId, ou THREAD dans la catégorie category ; l'action ou le fil renvoie au tableau, la carte garde le lien (actionId, threadId).")
    @RolesAllowed(Roles.VERIFIED)
    public CardView promote(@PathParam("id") long id, @Valid @NotNull PromoteRequest request) {
        return boards.promote(id, currentUser.caller(), request);
    }
}
