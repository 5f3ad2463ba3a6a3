package fr.entraide.forum.api;

import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.forum.CategoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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

/** A group's forum sections. */
@Path("/groups/{slug}/categories")
@Tag(name = "Forum", description = "Rubriques, sujets, messages, cloche")
public class GroupCategoryResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CategoryService categories;

    @GET
    @Operation(summary = "Rubriques du groupe", description = "Avec le nombre de sujets et le niveau de cloche de l'appelant.")
    public PageResponse<CategoryView> categories(@PathParam("slug") String slug) {
        return categories.list(slug, currentUser.get());
    }

    @POST
    @Operation(summary = "Créer une rubrique (soucieux·ses)")
    @APIResponse(responseCode = "201", description = "Rubrique créée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response createCategory(@PathParam("slug") String slug, @Valid @NotNull CreateCategoryRequest request) {
        CategoryView created = categories.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/categories/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}/default-subscription")
    @Operation(summary = "Niveau de cloche par défaut d'une rubrique (soucieux·ses)", description = "Le niveau des membres qui n'ont rien choisi, par ex. WATCHING_FIRST_POST sur Publications.")
    @RolesAllowed(Roles.VERIFIED)
    public LevelResponse setDefaultSubscription(@PathParam("slug") String slug, @PathParam("id") long id,
                                                @Valid @NotNull LevelRequest request) {
        return categories.setDefault(slug, id, currentUser.caller(), request.level());
    }
}
