package fr.entraide.audit.api;

import fr.entraide.audit.AuditService;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A group's audit log of staff actions; read-only: no route changes or removes an entry. */
@Path("/groups/{slug}/audit")
@Tag(name = "Modération et journal", description = "Signalements, file de modération, journal d'administration")
public class AuditResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Journal d'administration du groupe (soucieux·ses, administrateurs du site)",
            description = "Du plus récent au plus ancien : rôles, adhésions, retraits, modération, suppressions de rubriques et d'éléments de la feuille de route, sujets verrouillés, épinglés, déplacés ou supprimés.")
    @Authenticated
    public PageResponse<AuditEntryView> group(@PathParam("slug") String slug, @Valid @BeanParam PageParams page) {
        return audit.ofGroup(slug, currentUser.caller(), page);
    }
}
