package fr.entraide.admin.api;

import fr.entraide.admin.AdminService;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/groups")
@Tag(name = "Administration", description = "Réservé aux administrateurs du site")
public class AdminGroupResource {

    @Inject
    AdminService admin;

    @GET
    @Operation(summary = "Tous les groupes, privés compris", description = "q : morceau du nom ou du slug. Avec leurs effectifs.")
    @RolesAllowed(Roles.ADMIN)
    public PageResponse<AdminGroupResponse> groups(@QueryParam("q") String q, @Valid @BeanParam PageParams page) {
        return admin.groups(q, page);
    }
}
