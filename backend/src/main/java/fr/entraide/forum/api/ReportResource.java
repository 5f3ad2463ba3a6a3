package fr.entraide.forum.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.forum.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports/{id}")
@Tag(name = "Modération et journal")
public class ReportResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportService reports;

    @POST
    @Path("/resolve")
    @Operation(summary = "Décider d'un signalement (soucieux·ses)",
            description = "HIDE masque le message (ses lecteurs voient « message masqué par la modération ») ; KEEP le conserve, ou le rétablit s'il était masqué. "
                    + "Les membres qui l'ont signalé sont prévenus (notification, et e-mail selon leur préférence).")
    @RolesAllowed(Roles.VERIFIED)
    public ReportView resolve(@PathParam("id") long id, @Valid @NotNull ResolveReportRequest request) {
        return reports.resolve(id, currentUser.caller(), request);
    }
}
