package fr.entraide.forum.api;

import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.forum.ThreadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** A group's threads. */
@Path("/groups/{slug}/threads")
@Tag(name = "Forum")
public class GroupThreadResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ThreadService threads;

    @GET
    @Operation(summary = "Sujets du groupe", description = "Épinglés d'abord, puis par dernière activité ; ?category=<slug> pour une rubrique.")
    public PageResponse<ThreadSummary> threads(@PathParam("slug") String slug, @QueryParam("category") String category,
                                               @Valid @BeanParam PageParams page) {
        return threads.list(slug, category, currentUser.get(), page);
    }

    @POST
    @Operation(summary = "Ouvrir un sujet", description = "Le corps (Markdown) devient le premier message ; les @mentions notifient.")
    @APIResponse(responseCode = "201", description = "Sujet créé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response createThread(@PathParam("slug") String slug, @Valid @NotNull CreateThreadRequest request) {
        ThreadView created = threads.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/threads/" + created.id())).entity(created).build();
    }
}
