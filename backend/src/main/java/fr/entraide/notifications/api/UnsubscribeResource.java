package fr.entraide.notifications.api;

import fr.entraide.notifications.NotificationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/unsubscribe")
@Tag(name = "Notifications")
public class UnsubscribeResource {

    @Inject
    NotificationService notifications;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Se désabonner des e-mails en un clic (RFC 8058)", description = "Le jeton vient de l'en-tête List-Unsubscribe des e-mails ; passe la préférence e-mail à NEVER.")
    public UnsubscribeResponse unsubscribe(@QueryParam("token") String token) {
        return notifications.unsubscribe(token);
    }
}
