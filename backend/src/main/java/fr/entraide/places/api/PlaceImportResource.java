package fr.entraide.places.api;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.i18n.RequestLanguage;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.places.PlaceImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/** Imports of places from CSV files, by a group's coordinators. */
@Path("/groups/{slug}/places/import")
@Tag(name = "Lieux")
public class PlaceImportResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaceImportService imports;

    @Inject
    RequestLanguage language;

    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Aperçu d'un import de lieux (soucieux·ses)", description = "Encodage (UTF-8 ou Windows-1252) et séparateur (virgule, point-virgule, tabulation) détectés, colonne par colonne le champ qu'elle remplit (les colonnes de contacts sont ignorées), les premières lignes. N'écrit rien.")
    @RolesAllowed(Roles.VERIFIED)
    public ImportPreview preview(@PathParam("slug") String slug,
                                 @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        return imports.preview(slug, currentUser.caller(), bytes(file), language.get());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Importer des lieux d'un fichier CSV (soucieux·ses)", description = "202 : l'import tourne en arrière-plan ; suivre GET /imports/{id}. Une ré-importation de la même source (source, ou le nom du fichier) met à jour les lieux au lieu de les dupliquer. Les contacts du fichier ne sont jamais lus ni publiés.")
    @APIResponse(responseCode = "202", description = "Import lancé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response start(@PathParam("slug") String slug,
                          @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file,
                          @RestForm("source") @Schema(description = "Nom de la source (par défaut le nom du fichier sans extension)") String source) {
        ImportView started = imports.start(slug, currentUser.caller(), bytes(file), file == null ? null : file.fileName(), source, language.get());
        return Response.accepted(started).location(URI.create("/api/v1/imports/" + started.id())).build();
    }

    private static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "import.file-required");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
