package fr.entraide.home.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.home.HomeService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/home")
@Tag(name = "Mon compte", description = "Profil, préférences, données personnelles, jetons d'accès personnels")
public class HomeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    HomeService home;

    @GET
    @Operation(summary = "Mon espace",
            description = "Dans les groupes dont je suis membre actif·ve : mes prochains ateliers et rencontres, les sujets non lus, "
                    + "les actions que je porte et les sondages auxquels répondre. Une requête par rubrique, quel que soit le nombre de groupes.")
    @Authenticated
    public HomeView home() {
        return home.of(currentUser.caller());
    }
}
