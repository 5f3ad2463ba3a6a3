package fr.entraide.polls.api;

import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.polls.PollService;
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

@Path("/groups/{slug}/polls")
@Tag(name = "Sondages", description = "Sondages de dates à la Framadate")
public class GroupPollResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PollService polls;

    @GET
    @Operation(summary = "Sondages du groupe", description = "Les plus récents d'abord, avec les décomptes ; par pages (limit, cursor).")
    public PageResponse<PollView> list(@PathParam("slug") String slug, @Valid @BeanParam PageParams page) {
        return polls.list(slug, currentUser.get(), page);
    }

    @POST
    @Operation(summary = "Ouvrir un sondage", description = "Options datées (startsAt, endsAt) ou libellées ; au moins une. 429 avec Retry-After au-delà du quota de créations du compte.")
    @APIResponse(responseCode = "201", description = "Sondage ouvert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PollView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@PathParam("slug") String slug, @Valid @NotNull CreatePollRequest request) {
        PollView created = polls.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/polls/" + created.id())).entity(created).build();
    }
}
