package fr.entraide.files.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.files.FileService;
import fr.entraide.files.FileTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Path("/files/{id}")
@Tag(name = "Fichiers")
public class FileResource {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @Inject
    CurrentUser currentUser;

    @Inject
    FileService files;

    @GET
    @Produces("*/*")
    @Operation(summary = "Lire un fichier", description = "Les octets, avec ETag, Cache-Control et les requêtes partielles (Range : 206). "
            + "Lien signé (exp, sig, donnés par les vues) : valable jusqu'à exp, puis 403 ; sans signature : les lecteurs du groupe "
            + "(groupe privé : ses membres, 404 pour les autres). Fichier retiré : 410.")
    @APIResponse(responseCode = "200", description = "Le fichier",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "La partie demandée (Range)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Inchangé (If-None-Match)")
    public Response get(@PathParam("id") long id, @QueryParam("exp") Long expires, @QueryParam("sig") String signature,
                        @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(id, null, expires, signature, range, ifNoneMatch);
    }

    @GET
    @Path("/{variant}")
    @Produces("*/*")
    @Operation(summary = "Lire une version d'une image", description = "variant : large (redimensionnée) ou thumb (vignette) ; mêmes règles que le fichier.")
    @APIResponse(responseCode = "200", description = "La version demandée",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "La partie demandée (Range)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Inchangé (If-None-Match)")
    public Response variant(@PathParam("id") long id, @PathParam("variant") String variant, @QueryParam("exp") Long expires,
                            @QueryParam("sig") String signature, @HeaderParam("Range") String range,
                            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(id, variant, expires, signature, range, ifNoneMatch);
    }

    @DELETE
    @Operation(summary = "Retirer un fichier (la personne qui l'a déposé ou les soucieux·ses)", description = "Les messages qui le montrent affichent « fichier retiré ».")
    @APIResponse(responseCode = "204", description = "Retiré")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        files.delete(id, currentUser.caller());
    }

    private Response serve(long id, String variant, Long expires, String signature, String range, String ifNoneMatch) {
        FileService.Download download = files.download(id, variant, currentUser.get(), expires, signature);
        String etag = "\"" + download.file().sha256.substring(0, 32) + (variant == null ? "" : "-" + variant) + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", download.cacheControl()).build();
        }
        long size = download.size();
        long offset = 0;
        long length = size;
        boolean partial = false;
        Matcher matcher = range == null ? null : RANGE.matcher(range.strip());
        if (matcher != null && matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            long start;
            long end;
            if (matcher.group(1).isEmpty()) {
                start = Math.max(0, size - Long.parseLong(matcher.group(2)));
                end = size - 1;
            } else {
                start = Long.parseLong(matcher.group(1));
                end = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
            }
            // an unsatisfiable or reversed range is ignored: the whole file, as RFC 9110 allows
            if (start < size && start <= end) {
                offset = start;
                length = end - start + 1;
                partial = true;
            }
        }
        long from = offset;
        long count = length;
        StreamingOutput body = out -> {
            try (InputStream in = files.open(download, from, count)) {
                in.transferTo(out);
            }
        };
        String contentType = download.file().contentType;
        String disposition = (FileTypes.inline(contentType) ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(download.file().name, StandardCharsets.UTF_8).replace("+", "%20");
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(body)
                .type(contentType)
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("Cache-Control", download.cacheControl())
                .header("Content-Disposition", disposition)
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
        if (partial) {
            response.header("Content-Range", "bytes " + offset + "-" + (offset + length - 1) + "/" + size);
        }
        return response.build();
    }
}
