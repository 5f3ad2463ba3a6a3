package fr.entraide.search.api;

import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.search.SearchService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Tag(name = "Recherche")
public class SearchResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Chercher en français", description = "Insensible aux accents et aux pluriels (« bibliothecaire » trouve « bibliothécaires »), classé par pertinence, extraits surlignés ; seulement ce que l'appelant peut lire. group=<slug> pour un groupe.")
    public PageResponse<SearchResult> search(@QueryParam("q") String q, @QueryParam("group") String group,
                                             @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        return new PageResponse<>(search.search(q, group, currentUser.get(), limit), null);
    }
}
