package fr.entraide.library.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.library.LibraryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/library/{id}")
@Tag(name = "Bibliothèque")
public class LibraryResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    LibraryService library;

    @GET
    @Operation(summary = "Voir une entrée", description = "Lecteurs du groupe ; une entrée en accès libre est publique, avec sa licence.")
    public LibraryEntryView get(@PathParam("id") long id) {
        return library.get(id, currentUser.get());
    }

    @PATCH
    @Operation(summary = "Modifier une entrée (la personne qui l'a ajoutée ou les soucieux·ses)", description = "Champs absents inchangés ; version obligatoire (409 si elle a changé).")
    @RolesAllowed(Roles.VERIFIED)
    public LibraryEntryView update(@PathParam("id") long id, @Valid @NotNull LibraryEntryUpdate request) {
        return library.update(id, currentUser.caller(), request);
    }

    @DELETE
    @Operation(summary = "Retirer une entrée (la personne qui l'a ajoutée ou les soucieux·ses)", description = "Son fil de discussion reste.")
    @APIResponse(responseCode = "204", description = "Retirée")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        library.delete(id, currentUser.caller());
    }
}
