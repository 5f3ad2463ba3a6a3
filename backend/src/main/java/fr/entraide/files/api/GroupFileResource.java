package fr.entraide.files.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.files.FileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

@Path("/groups/{slug}/files")
@Tag(name = "Fichiers", description = "Pièces jointes, images des messages et documents de la bibliothèque")
public class GroupFileResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    FileService files;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Déposer un fichier", description = "Formulaire multipart : file (le fichier), alt (texte alternatif d'une image). "
            + "Le type est lu dans le contenu, pas dans le nom : images JPEG, PNG, GIF (ré-encodées sans métadonnées EXIF, "
            + "avec une version redimensionnée et une vignette), PDF, documents bureautiques, texte, audio et vidéo ; "
            + "SVG, HTML et tout le reste refusés (415). Taille maximale par sorte de fichier (413). Membres du groupe.")
    @APIResponse(responseCode = "201", description = "Fichier déposé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response upload(@PathParam("slug") String slug, @RestForm("file") FileUpload file,
                           @RestForm("alt") @Size(max = 500) String alt) {
        FileView created = files.upload(slug, currentUser.caller(), file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName(), alt);
        return Response.created(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/usage")
    @Operation(summary = "Espace occupé par les fichiers du groupe", description = "Nombre, total en octets et les 100 plus récents ; soucieux·ses.")
    @RolesAllowed(Roles.USER)
    public FileUsageView usage(@PathParam("slug") String slug) {
        return files.usage(slug, currentUser.caller());
    }
}
