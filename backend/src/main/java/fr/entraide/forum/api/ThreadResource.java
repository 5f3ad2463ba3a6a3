package fr.entraide.forum.api;

import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.forum.PostService;
import fr.entraide.forum.ThreadService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/threads/{id}")
@Tag(name = "Forum")
public class ThreadResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ThreadService threads;

    @Inject
    PostService posts;

    @GET
    @Operation(summary = "Voir un sujet")
    public ThreadView get(@PathParam("id") long id) {
        return threads.get(id, currentUser.get());
    }

    @PATCH
    @Operation(summary = "Modifier un sujet", description = "Titre, rubrique : auteur ou soucieux·ses ; épingler, verrouiller : soucieux·ses. 409 si version périmée.")
    @RolesAllowed(Roles.VERIFIED)
    public ThreadView update(@PathParam("id") long id, @Valid @NotNull UpdateThreadRequest request) {
        return threads.update(id, currentUser.caller(), request);
    }

    @DELETE
    @Operation(summary = "Supprimer un sujet (soucieux·ses)")
    @APIResponse(responseCode = "204", description = "Supprimé")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        threads.delete(id, currentUser.caller());
    }

    @GET
    @Path("/posts")
    @Operation(summary = "Messages du sujet, du plus ancien au plus récent")
    public PageResponse<PostView> posts(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return posts.list(id, currentUser.get(), page);
    }

    @POST
    @Path("/posts")
    @Operation(summary = "Répondre", description = "403 si le sujet est verrouillé ; replyToId doit être un message du même sujet.")
    @APIResponse(responseCode = "201", description = "Message publié",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response reply(@PathParam("id") long id, @Valid @NotNull CreatePostRequest request) {
        PostView created = posts.reply(id, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/posts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/subscription")
    @Operation(summary = "Régler ma cloche sur un sujet", description = "WATCHING, TRACKING, NORMAL ou MUTED ; le niveau du sujet l'emporte sur celui de la rubrique.")
    @Authenticated
    public LevelResponse subscribe(@PathParam("id") long id, @Valid @NotNull LevelRequest request) {
        return threads.subscribe(id, currentUser.caller(), request.level());
    }

    @POST
    @Path("/read")
    @Operation(summary = "Noter jusqu'où j'ai lu")
    @APIResponse(responseCode = "204", description = "Noté")
    @Authenticated
    public void read(@PathParam("id") long id, @Valid @NotNull ReadRequest request) {
        threads.markRead(id, currentUser.caller(), request.lastReadPostId());
    }
}
