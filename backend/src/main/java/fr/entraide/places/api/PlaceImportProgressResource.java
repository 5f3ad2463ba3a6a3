package fr.entraide.places.api;

import fr.entraide.common.i18n.RequestLanguage;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.places.PlaceImportService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following an import of places. */
@Path("/imports/{id}")
@Tag(name = "Lieux")
public class PlaceImportProgressResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaceImportService imports;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "La progression d'un import", description = "{status, total, done, created, updated, unchanged, skipped: [{line, reason}], warnings}")
    @Authenticated
    public ImportView get(@PathParam("id") long id) {
        return imports.get(id, currentUser.caller(), language.get());
    }
}
