package fr.entraide.admin.api;

import fr.entraide.admin.AdminService;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/users")
@Tag(name = "Administration", description = "Réservé aux administrateurs du site")
public class AdminResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AdminService admin;

    @GET
    @Operation(summary = "Chercher des comptes", description = "q : morceau d'e-mail, de nom d'utilisateur ou de nom affiché.")
    @RolesAllowed(Roles.ADMIN)
    public PageResponse<AdminUserResponse> users(@QueryParam("q") String q, @Valid @BeanParam PageParams page) {
        return admin.users(q, page);
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Promouvoir, rétrograder, suspendre ou réactiver un compte", description = "Un compte suspendu perd aussitôt l'accès, jetons compris.")
    @RolesAllowed(Roles.ADMIN)
    public AdminUserResponse update(@PathParam("id") long id, @Valid @NotNull AdminUpdateUserRequest request) {
        return admin.update(id, currentUser.caller(), request);
    }
}
