package fr.entraide.notifications.api;

import fr.entraide.common.i18n.RequestLanguage;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.sse.LiveStreams;
import fr.entraide.notifications.NotificationHub;
import fr.entraide.notifications.NotificationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

@Path("/notifications")
@Tag(name = "Notifications", description = "La cloche : notifications de l'appelant, en direct par Server-Sent Events")
public class NotificationResource {


    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationHub hub;

    @Inject
    LiveStreams liveStreams;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "Mes notifications, les plus récentes d'abord",
            description = "Chaque titre est écrit dans la langue de la requête : Accept-Language (fr ou en), sinon celle du compte.")
    @Authenticated
    public PageResponse<NotificationView> list(@QueryParam("unreadOnly") boolean unreadOnly, @Valid @BeanParam PageParams page) {
        return notifications.list(currentUser.caller(), unreadOnly, page, language.get());
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Nombre de notifications non lues")
    @Authenticated
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(currentUser.caller().id()));
    }

    @POST
    @Path("/read")
    @Operation(summary = "Marquer des notifications lues", description = "{ids: [...]} ou {all: true}.")
    @APIResponse(responseCode = "204", description = "Marquées lues")
    @Authenticated
    public void markRead(@Valid @NotNull MarkReadRequest request) {
        notifications.markRead(currentUser.caller(), request);
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Flux en direct (Server-Sent Events)", description = "Un commentaire `ready` une fois le flux à l'écoute, puis chaque nouvelle notification arrive comme un événement `notification` dont les données sont {unreadCount, notification}; un commentaire de maintien toutes les 25 s. Authentification par l'en-tête Authorization, comme ailleurs ; titres dans la langue de la requête qui ouvre le flux. Quelques flux ouverts par membre (un de plus ferme le plus ancien) ; tous sont fermés à la déconnexion, à la suspension ou au changement de mot de passe.")
    @Authenticated
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Caller caller = currentUser.caller();
        String streamLanguage = language.get();
        AtomicLong lastSent = new AtomicLong(QuarkusTransaction.requiringNew().call(() -> notifications.latestId(caller.id())));
        return liveStreams.events(caller.id(), sse, "notification", StreamEvent.class, hub.wakeUpsOf(caller.id()),
                () -> fresh(caller.id(), streamLanguage, lastSent));
    }

    private List<StreamEvent> fresh(long userId, String language, AtomicLong lastSent) {
        List<NotificationView> views = notifications.newerThan(userId, lastSent.get(), language);
        if (views.isEmpty()) {
            return List.of();
        }
        lastSent.set(views.get(views.size() - 1).id());
        long unread = notifications.unreadCount(userId);
        return views.stream().map(view -> new StreamEvent(unread, view)).toList();
    }
}
