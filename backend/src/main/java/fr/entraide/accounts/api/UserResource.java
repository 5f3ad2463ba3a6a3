package fr.entraide.accounts.api;

import fr.entraide.accounts.AccountService;
import fr.entraide.common.paging.PageResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users")
@Tag(name = "Utilisateurs")
public class UserResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Chercher des membres par début de nom d'utilisateur", description = "Jusqu'à 10 résultats, pour l'autocomplétion des @mentions.")
    @Authenticated
    public PageResponse<UserSummary> byPrefix(@QueryParam("prefix") String prefix) {
        return new PageResponse<>(accounts.byUsernamePrefix(prefix), null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Profil public d'un utilisateur")
    @Authenticated
    public PublicUser get(@PathParam("id") long id) {
        return accounts.publicProfile(id);
    }
}
