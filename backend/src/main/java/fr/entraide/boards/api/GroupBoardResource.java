package fr.entraide.boards.api;

import fr.entraide.boards.BoardService;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/groups/{slug}/boards")
@Tag(name = "Tableaux d'idées", description = "Co-construire en direct : colonnes de cartes, vote par points, synthèse")
public class GroupBoardResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @GET
    @Operation(summary = "Tableaux d'idées du groupe", description = "Les plus récents d'abord ; par pages (limit, cursor).")
    public PageResponse<BoardItem> list(@PathParam("slug") String slug, @Valid @BeanParam PageParams page) {
        return boards.list(slug, currentUser.get(), page);
    }

    @POST
    @Operation(summary = "Ouvrir un tableau d'idées (soucieux·ses, ou l'animateur·rice de l'atelier)",
            description = "Avec ses colonnes (1 à 12), une question et une durée facultatives, pour une rencontre ou un atelier du groupe.")
    @APIResponse(responseCode = "201", description = "Tableau ouvert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@PathParam("slug") String slug, @Valid @NotNull CreateBoardRequest request) {
        BoardView created = boards.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/boards/" + created.id())).entity(created).build();
    }
}
