package fr.entraide.workshops.api;

import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.workshops.JournalEntry;
import fr.entraide.workshops.SessionService;
import fr.entraide.workshops.WorkshopService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** A group's workshops, series of slots, and shared record. */
@Path("/groups/{slug}")
@Tag(name = "Ateliers d'entraide", description = "Inscriptions limitées à 6 avec liste d'attente, problématiques, document commun")
public class GroupWorkshopResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkshopService workshops;

    @Inject
    SessionService sessions;

    @GET
    @Path("/workshops")
    @Operation(summary = "Ateliers du groupe", description = "À venir d'abord (les plus proches en tête), puis les passés (les plus récents en tête), avec les places restantes et l'inscription de l'appelant ; par pages (limit, cursor). Le lien de visio n'est donné qu'aux membres du groupe.")
    public PageResponse<WorkshopView> list(@PathParam("slug") String slug, @Valid @BeanParam PageParams page) {
        return workshops.list(slug, currentUser.get(), page);
    }

    @POST
    @Path("/workshops")
    @Operation(summary = "Proposer un atelier", description = "Un membre le propose et l'anime ; un·e soucieux·se peut nommer l'animateur·rice. Capacité de 1 à 6, 6 par défaut. 429 avec Retry-After au-delà du quota de créations du compte.")
    @APIResponse(responseCode = "201", description = "Atelier créé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkshopView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@PathParam("slug") String slug, @Valid @NotNull CreateWorkshopRequest request) {
        WorkshopView created = workshops.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/workshops/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/workshop-series")
    @Operation(summary = "Ouvrir plusieurs créneaux d'un coup (soucieux·ses)", description = "Chaque créneau devient un atelier avec sa propre capacité et sa liste d'attente.")
    @APIResponse(responseCode = "201", description = "Série créée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response createSeries(@PathParam("slug") String slug, @Valid @NotNull SeriesRequest request) {
        SeriesView created = workshops.createSeries(slug, currentUser.caller(), request);
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/workshop-journal")
    @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
    @Operation(summary = "Le document commun du groupe", description = "Chaque compte rendu d'atelier, le plus récent d'abord ; ?format=markdown pour le télécharger.")
    @APIResponse(responseCode = "200", description = "Les comptes rendus, ou le document Markdown", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = JournalEntry.class),
                    @SchemaProperty(name = "nextCursor", type = SchemaType.STRING)})),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING))})
    @Authenticated
    public Response journal(@PathParam("slug") String slug, @QueryParam("format") String format) {
        if ("markdown".equals(format)) {
            return Response.ok(sessions.journalMarkdown(slug, currentUser.caller()), "text/markdown; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"document-commun-" + slug + ".md\"")
                    .build();
        }
        return Response.ok(new PageResponse<>(sessions.journal(slug, currentUser.caller()), null), MediaType.APPLICATION_JSON).build();
    }
}
