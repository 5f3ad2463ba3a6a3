package fr.entraide.boards.api;

import fr.entraide.boards.Board;
import fr.entraide.boards.BoardExports;
import fr.entraide.boards.BoardService;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.common.sse.LiveStreams;
import fr.entraide.notifications.NotificationHub;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

@Path("/boards/{id}")
@Tag(name = "Tableaux d'idées")
public class BoardResource {

    private static final String MARKDOWN = "text/markdown";
    private static final String CSV = "text/csv";

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @Inject
    NotificationHub hub;

    @Inject
    LiveStreams liveStreams;

    @GET
    @Operation(summary = "Voir un tableau d'idées", description = "Ses colonnes et leurs cartes dans l'ordre, les votes une fois révélés, les votes qu'il reste à l'appelant.")
    public BoardView get(@PathParam("id") long id) {
        return boards.get(id, currentUser.get());
    }

    @POST
    @Path("/cards")
    @Operation(summary = "Ajouter une carte (membres)", description = "En bas de sa colonne ; 409 au-delà de " + BoardService.MAX_CARDS + " cartes ou si le tableau est fermé.")
    @APIResponse(responseCode = "201", description = "Carte ajoutée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response addCard(@PathParam("id") long id, @Valid @NotNull AddCardRequest request) {
        return Response.status(Response.Status.CREATED).entity(boards.addCard(id, currentUser.caller(), request)).build();
    }

    @POST
    @Path("/reveal")
    @Operation(summary = "Révéler les votes (animation)")
    @RolesAllowed(Roles.VERIFIED)
    public BoardView reveal(@PathParam("id") long id) {
        return boards.reveal(id, currentUser.caller());
    }

    @POST
    @Path("/close")
    @Operation(summary = "Fermer le tableau (animation)", description = "Il ne change plus (409 à chaque écriture) ; les votes sont révélés ; la synthèse reste lisible.")
    @RolesAllowed(Roles.VERIFIED)
    public BoardView close(@PathParam("id") long id) {
        return boards.close(id, currentUser.caller());
    }

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, CSV})
    @Operation(summary = "La synthèse du tableau", description = "La question, chaque colonne avec ses cartes, leurs groupes et leurs votes (une fois révélés), qui a participé ; ?format=markdown ou csv pour un fichier.")
    @APIResponse(responseCode = "200", description = "La synthèse, ou le fichier", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardSummary.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response summary(@PathParam("id") long id,
                            @Parameter(description = "json (par défaut), markdown ou csv") @QueryParam("format") String format) {
        BoardSummary summary = boards.summary(id, currentUser.get());
        String file = "tableau-" + id;
        return switch (format == null || format.isBlank() ? "json" : format) {
            case "json" -> Response.ok(summary, MediaType.APPLICATION_JSON).build();
            case "markdown" -> Response.ok(BoardExports.markdown(summary), MARKDOWN + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".md\"").build();
            case "csv" -> Response.ok(BoardExports.csv(summary), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            default -> throw ProblemException.invalid("format", "request.one-of", "json, markdown", "csv");
        };
    }

    @GET
    @Path("/history")
    @Operation(summary = "L'historique du tableau", description = "Qui a ajouté, modifié, déplacé, regroupé, supprimé quelle carte et quand ; les plus récents d'abord (500 au plus). Les votes restent anonymes.")
    public List<BoardEventView> history(@PathParam("id") long id) {
        return boards.history(id, currentUser.get());
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Le tableau en direct (Server-Sent Events)", description = "Un événement `board` (données : BoardEventView, id : son numero seq) par changement, dans l'ordre, de toutes les instances. Reprend après Last-Event-ID (ou ?after=), sinon après le dernier événement à l'ouverture ; un commentaire `ready` quand il écoute.")
    @Authenticated
    public Multi<OutboundSseEvent> stream(@PathParam("id") long id,
                                          @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Parameter(description = "Reprendre après cet événement (seq), comme Last-Event-ID") @QueryParam("after") Long after,
                                          @Context Sse sse) {
        Caller caller = currentUser.caller();
        Board board = boards.readable(id, Optional.of(caller));
        AtomicLong last = new AtomicLong(seqOf(lastEventId).orElse(after == null ? board.lastSeq : after));
        return liveStreams.events(caller.id(), sse, "board", BoardEventView.class, hub.boardChangesOf(id), () -> {
            List<BoardEventView> events = new ArrayList<>();
            List<BoardEventView> batch;
            do {
                batch = boards.eventsAfter(id, last.get());
                if (!batch.isEmpty()) {
                    last.set(batch.get(batch.size() - 1).seq());
                    events.addAll(batch);
                }
            } while (batch.size() >= 100);
            return events;
        }, event -> Long.toString(event.seq()));
    }

    private static Optional<Long> seqOf(String lastEventId) {
        try {
            return lastEventId == null || lastEventId.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
