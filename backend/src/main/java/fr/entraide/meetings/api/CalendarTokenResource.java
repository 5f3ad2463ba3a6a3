package fr.entraide.meetings.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.meetings.CalendarService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/calendar-token")
@Tag(name = "Rencontres")
public class CalendarTokenResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @GET
    @Operation(summary = "Mon jeton de flux iCal privé", description = "Créé à la première demande ; à mettre dans l'adresse d'abonnement des flux des groupes.")
    @Authenticated
    public CalendarTokenView token() {
        return calendars.token(currentUser.caller());
    }

    @DELETE
    @Operation(summary = "Révoquer mon jeton de flux", description = "Les abonnements existants cessent de fonctionner ; un nouveau jeton est créé à la prochaine demande.")
    @APIResponse(responseCode = "204", description = "Révoqué")
    @Authenticated
    public void revoke() {
        calendars.revoke(currentUser.caller());
    }
}
