package fr.entraide.forum.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.forum.CategoryService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/categories/{id}")
@Tag(name = "Forum")
public class CategoryResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CategoryService categories;

    @PATCH
    @Operation(summary = "Modifier une rubrique (soucieux·ses)")
    @RolesAllowed(Roles.VERIFIED)
    public CategoryView update(@PathParam("id") long id, @Valid @NotNull UpdateCategoryRequest request) {
        return categories.update(id, currentUser.caller(), request);
    }

    @DELETE
    @Operation(summary = "Supprimer une rubrique vide (soucieux·ses)", description = "409 si elle contient des sujets.")
    @APIResponse(responseCode = "204", description = "Supprimée")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        categories.delete(id, currentUser.caller());
    }

    @PUT
    @Path("/subscription")
    @Operation(summary = "Régler ma cloche sur une rubrique", description = "WATCHING (surveiller), WATCHING_FIRST_POST, TRACKING, NORMAL ou MUTED.")
    @Authenticated
    public LevelResponse subscribe(@PathParam("id") long id, @Valid @NotNull LevelRequest request) {
        return categories.subscribe(id, currentUser.caller(), request.level());
    }
}
