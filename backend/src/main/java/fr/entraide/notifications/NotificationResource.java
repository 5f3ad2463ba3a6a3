package fr.entraide.notifications;

import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.sse.LiveStreams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

@Path("/notifications")
@Tag(name = "Notifications", description = "La cloche : notifications de l'appelant, en direct par Server-Sent Events")
public class NotificationResource {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationHub hub;

    @Inject
    LiveStreams liveStreams;

    @GET
    @Operation(summary = "Mes notifications, les plus récentes d'abord")
    public PageResponse<NotificationView> list(@QueryParam("unreadOnly") boolean unreadOnly, @Valid @BeanParam PageParams page) {
        return notifications.list(currentUser.require(), unreadOnly, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Nombre de notifications non lues")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(currentUser.require().id()));
    }

    @POST
    @Path("/read")
    @Operation(summary = "Marquer des notifications lues", description = "{ids: [...]} ou {all: true}.")
    @APIResponse(responseCode = "204", description = "Marquées lues")
    public void markRead(@Valid @NotNull MarkReadRequest request) {
        notifications.markRead(currentUser.require(), request);
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Flux en direct (Server-Sent Events)", description = "Un commentaire `ready` une fois le flux à l'écoute, puis chaque nouvelle notification arrive comme un événement `notification` dont les données sont {unreadCount, notification}; un commentaire de maintien toutes les 25 s. Authentification par l'en-tête Authorization, comme ailleurs. Quelques flux ouverts par membre (un de plus ferme le plus ancien) ; tous sont fermés à la déconnexion, à la suspension ou au changement de mot de passe.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Caller caller = currentUser.require();
        AtomicLong lastSent = new AtomicLong(QuarkusTransaction.requiringNew().call(() -> notifications.latestId(caller.id())));
        // one look once listening: a notification written between lastSent and the subscription is not lost
        Multi<Long> wakeUps = Multi.createBy().merging().streams(hub.wakeUpsOf(caller.id()), Multi.createFrom().item(caller.id()));
        Multi<OutboundSseEvent> news = wakeUps
                .onItem().transformToUniAndConcatenate(wakeUp -> Uni.createFrom()
                        .item(() -> QuarkusTransaction.requiringNew().call(() -> fresh(caller.id(), lastSent)))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToIterable(events -> events)
                .map(event -> sse.newEventBuilder().name("notification").mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(StreamEvent.class, event).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // after news is subscribed: a client that reads "ready" knows that nothing new will be missed
        Multi<OutboundSseEvent> ready = Multi.createFrom().item(() -> sse.newEventBuilder().comment("ready").build());
        return liveStreams.of(caller.id(), Multi.createBy().merging().streams(news, ready, keepAlive));
    }

    private List<StreamEvent> fresh(long userId, AtomicLong lastSent) {
        List<NotificationView> views = notifications.newerThan(userId, lastSent.get());
        if (views.isEmpty()) {
            return List.of();
        }
        lastSent.set(views.get(views.size() - 1).id());
        long unread = notifications.unreadCount(userId);
        return views.stream().map(view -> new StreamEvent(unread, view)).toList();
    }
}
