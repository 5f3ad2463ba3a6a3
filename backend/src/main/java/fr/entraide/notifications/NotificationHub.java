package fr.entraide.notifications;

import fr.entraide.common.cache.ReadCaches;
import fr.entraide.common.sse.LiveStreams;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Listens on PostgreSQL's channels and tells the open streams of this instance what changed, whichever instance
 * changed it: members with new notifications, workshops whose live session moved to another phase, streams
 * opened or to be closed ({@link LiveStreams}), idea boards that changed, and tables that the read caches hold rows of ({@link ReadCaches}).
 */
@ApplicationScoped
public class NotificationHub {

    private static final Logger LOG = Logger.getLogger(NotificationHub.class);

    @Inject
    Vertx vertx;

    @Inject
    LiveStreams liveStreams;

    @Inject
    ReadCaches readCaches;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Channel whose payload is the id of a workshop whose live session changed. */
    public static final String SESSION_CHANNEL = "entraide_workshop_sessions";

    /** Channel whose payload is the id of an idea board that has a new event. */
    public static final String BOARD_CHANNEL = "entraide_boards";

    private final BroadcastProcessor<Long> boardChanges = BroadcastProcessor.create();
    private final BroadcastProcessor<Long> wakeUps = BroadcastProcessor.create();
    private final BroadcastProcessor<Long> sessionChanges = BroadcastProcessor.create();
    private PgSubscriber subscriber;

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(jdbcUrl.replaceFirst("^jdbc:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        subscriber.channel(NotificationService.CHANNEL).handler(payload -> {
            for (String id : payload.split(",")) {
                wakeUps.onNext(Long.parseLong(id.trim()));
            }
        });
        subscriber.channel(SESSION_CHANNEL).handler(payload -> sessionChanges.onNext(Long.parseLong(payload.trim())));
        subscriber.channel(BOARD_CHANNEL).handler(payload -> boardChanges.onNext(Long.parseLong(payload.trim())));
        subscriber.channel(LiveStreams.CHANNEL).handler(liveStreams::onMessage);
        // (re)subscribed: messages may have been missed while the connection was down
        subscriber.channel(ReadCaches.CHANNEL).handler(table -> readCaches.changed())
                .subscribeHandler(subscribed -> readCaches.changed());
        subscriber.connect().onFailure(e -> LOG.errorf("Cannot LISTEN for notifications: %s", e.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    public Multi<Long> wakeUpsOf(long userId) {
        return wakeUps.filter(id -> id == userId);
    }

    public Multi<Long> sessionChangesOf(long workshopId) {
        return sessionChanges.filter(id -> id == workshopId);
    }

    public Multi<Long> boardChangesOf(long boardId) {
        return boardChanges.filter(id -> id == boardId);
    }
}
