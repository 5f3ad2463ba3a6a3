package fr.entraide.forum.api;

import fr.entraide.common.error.EnumParams;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.forum.ReportService;
import fr.entraide.forum.ReportStatus;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A group's moderation queue. */
@Path("/groups/{slug}/reports")
@Tag(name = "Modération et journal")
public class GroupReportResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportService reports;

    @GET
    @Operation(summary = "File de modération du groupe (soucieux·ses, administrateurs du site)",
            description = "Les messages signalés, du plus récent au plus ancien, avec un extrait, le sujet, l'auteur, les membres qui les ont signalés et leurs motifs.")
    @Authenticated
    public PageResponse<ReportView> queue(@PathParam("slug") String slug,
                                          @QueryParam("status") @Parameter(description = "OPEN, HIDDEN ou KEPT ; tous si absent") String status,
                                          @Valid @BeanParam PageParams page) {
        return reports.queue(slug, currentUser.caller(), EnumParams.parse(ReportStatus.class, status, "status"), page);
    }
}
