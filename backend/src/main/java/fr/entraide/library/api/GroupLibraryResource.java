package fr.entraide.library.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.library.LibraryExports;
import fr.entraide.library.LibraryKind;
import fr.entraide.library.LibraryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/groups/{slug}/library")
@Tag(name = "Bibliothèque", description = "Publications et outils des groupes, en accès libre ou non")
public class GroupLibraryResource {

    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";

    @Inject
    CurrentUser currentUser;

    @Inject
    LibraryService library;

    @Inject
    AppConfig config;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "La bibliothèque du groupe", description = "Les plus récentes d'abord ; filtres : q (recherche en français), kind, theme ; par pages (limit, cursor).")
    public PageResponse<LibraryEntryView> list(@PathParam("slug") String slug, @QueryParam("q") @Size(max = 200) String q,
                                               @QueryParam("kind") LibraryKind kind, @QueryParam("theme") @Size(max = 60) String theme,
                                               @Valid @BeanParam PageParams page) {
        return library.list(slug, currentUser.get(), q, kind, theme, page);
    }

    @POST
    @Operation(summary = "Ajouter une entrée", description = "Un lien (url) ou un fichier du groupe (fileId, déposé par POST /groups/{slug}/files), une licence, des thèmes, des actions de la feuille de route (actionIds) et des lieux (placeIds). Ouvre son fil de discussion dans la rubrique « publications ». Membres.")
    @APIResponse(responseCode = "201", description = "Entrée ajoutée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LibraryEntryView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@PathParam("slug") String slug, @Valid @NotNull LibraryEntryRequest request) {
        LibraryEntryView created = library.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/library/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", CSL_JSON, BIBTEX})
    @Operation(summary = "Exporter la bibliothèque", description = "format : csv (tableur), csl-json (Zotero, pandoc) ou bibtex ; mêmes filtres que la liste ; 1000 entrées au plus.")
    @APIResponse(responseCode = "200", description = "Le fichier", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = CSL_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)),
            @Content(mediaType = BIBTEX, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@PathParam("slug") String slug,
                           @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|csl-json|bibtex") String format,
                           @QueryParam("q") @Size(max = 200) String q, @QueryParam("kind") LibraryKind kind,
                           @QueryParam("theme") @Size(max = 60) String theme) throws JsonProcessingException {
        List<LibraryEntryView> entries = library.export(slug, currentUser.get(), q, kind, theme);
        String base = config.publicUrl().replaceAll("/+$", "");
        return switch (format) {
            case "csl-json" -> file(json.writeValueAsString(LibraryExports.cslJson(entries, base)), CSL_JSON, slug + ".json");
            case "bibtex" -> file(LibraryExports.bibtex(entries, base), BIBTEX, slug + ".bib");
            default -> file(LibraryExports.csv(entries, base), "text/csv", slug + ".csv");
        };
    }

    private static Response file(String body, String type, String name) {
        return Response.ok(body, type + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bibliotheque-" + name + "\"").build();
    }
}
