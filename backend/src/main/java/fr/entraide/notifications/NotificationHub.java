package fr.entraide.notifications;

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
 * Listens on PostgreSQL's {@value NotificationService#CHANNEL} channel and tells the open streams of this
 * instance which members have news, whichever instance made them.
 */
@ApplicationScoped
public class NotificationHub {

    private static final Logger LOG = Logger.getLogger(NotificationHub.class);

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final BroadcastProcessor<Long> wakeUps = BroadcastProcessor.create();
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
}
