package fr.entraide.places.api;

import fr.entraide.common.error.EnumParams;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.places.PlaceFilter;
import fr.entraide.places.PlaceKind;
import fr.entraide.places.PlaceService;
import fr.entraide.places.PlacesConfig;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/places")
@Tag(name = "Lieux", description = "L'annuaire des lieux (médiathèques tiers-lieux, tiers-lieux, collectivités…) et la carte")
public class PlaceResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaceService places;

    @Inject
    PlacesConfig config;

    @GET
    @Operation(summary = "L'annuaire des lieux", description = "Par nom, par pages (limit, cursor). q : recherche en français (nom, commune, description, pratiques) ; department (75, 2A, 971…), region (code INSEE : 11, 84…), kind, theme (un thème ou une étiquette), visitsWelcome, testimonyWelcome.")
    public PageResponse<PlaceSummary> list(@QueryParam("q") String q,
                                           @QueryParam("department") @Parameter(description = "Département : 75, 2A, 971…") String department,
                                           @QueryParam("region") @Parameter(description = "Code INSEE de région : 11, 84…") String region,
                                           @QueryParam("kind") @Parameter(schema = @Schema(implementation = PlaceKind.class)) String kind,
                                           @QueryParam("theme") String theme,
                                           @QueryParam("visitsWelcome") @Parameter(schema = @Schema(implementation = Boolean.class)) String visitsWelcome,
                                           @QueryParam("testimonyWelcome") @Parameter(schema = @Schema(implementation = Boolean.class)) String testimonyWelcome,
                                           @Valid @BeanParam PageParams page) {
        return places.list(filter(q, department, region, kind, theme, visitsWelcome, testimonyWelcome), page);
    }

    static PlaceFilter filter(String q, String department, String region, String kind, String theme,
                              String visitsWelcome, String testimonyWelcome) {
        return new PlaceFilter(q, department, region, EnumParams.parse(PlaceKind.class, kind, "kind"), theme,
                bool(visitsWelcome, "visitsWelcome"), bool(testimonyWelcome, "testimonyWelcome"));
    }

    private static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(field, "request.one-of", "true", "false");
        };
    }

    @GET
    @Path("/map-settings")
    @Operation(summary = "Réglages de la carte", description = "L'adresse des tuiles (OpenStreetMap par défaut) et leur attribution, le géocodage (désactivé par défaut).")
    public MapSettings mapSettings() {
        return new MapSettings(config.tileUrl(), config.tileAttribution(), config.geocoding());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "La fiche d'un lieu", description = "Le nom et le rôle du ou de la référente pour les personnes connectées seulement ; son e-mail et son téléphone ne sont jamais montrés (les demandes de visite les atteignent).")
    public PlaceView get(@PathParam("id") long id) {
        return places.get(id, currentUser.get());
    }

    @POST
    @Operation(summary = "Ajouter un lieu", description = "name et kind requis ; le code postal donne le département et la région ; horaires au format opening_hours d'OpenStreetMap.")
    @APIResponse(responseCode = "201", description = "Lieu ajouté",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@Valid @NotNull PlaceRequest request) {
        PlaceView created = places.create(currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/places/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Modifier un lieu (son auteur·ice, les soucieux·ses de son groupe, les admins)", description = "Un champ absent reste tel quel ; version requise (409 si périmée).")
    @RolesAllowed(Roles.VERIFIED)
    public PlaceView update(@PathParam("id") long id, @Valid @NotNull PlaceRequest request) {
        return places.update(id, currentUser.caller(), request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Supprimer un lieu (son auteur·ice, les soucieux·ses de son groupe, les admins)")
    @APIResponse(responseCode = "204", description = "Lieu supprimé")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        places.delete(id, currentUser.caller());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "L'historique d'un lieu", description = "Qui a changé quels champs, quand (les plus récents d'abord) ; jamais les coordonnées elles-mêmes.")
    @Authenticated
    public PageResponse<PlaceChangeView> history(@PathParam("id") long id) {
        return new PageResponse<>(places.history(id, currentUser.caller()), null);
    }
}
