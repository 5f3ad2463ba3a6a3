package fr.entraide.audit.api;

import fr.entraide.audit.AuditService;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole site's audit log; read-only. */
@Path("/admin/audit")
@Tag(name = "Modération et journal")
public class AdminAuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Journal d'administration de tout le site (administrateurs du site)",
            description = "Du plus récent au plus ancien, les actions de tous les groupes et du site : rôles du site, suspensions, exports de données personnelles…")
    @RolesAllowed(Roles.ADMIN)
    public PageResponse<AuditEntryView> all(@Valid @BeanParam PageParams page) {
        return audit.all(page);
    }
}
