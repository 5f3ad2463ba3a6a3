package fr.entraide.common.sse;

import fr.entraide.common.config.AppConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live streams (SSE) of each member, across instances: at most app.streams.max-per-user open at once (a new
 * one closes the oldest), and all of them closed when the member's sessions end (sign-out, suspension, new
 * password, new owner). Every instance says on PostgreSQL's {@value #CHANNEL} channel when one of its streams opens
 * or ends, and hears the same messages in the same order, so each one knows which streams are the oldest; the
 * instance holding a stream is the one that closes it.
 *
 * <p>When the instance begins to shut down (readiness goes DOWN at the same moment), its streams end with a
 * {@code retry:} hint, and a stream asked for from then on gets only that hint: browsers reconnect within
 * {@value #RETRY_AFTER_SHUTDOWN_MS} ms, through the load balancer, to an instance that stays.
 */
@ApplicationScoped
public class LiveStreams {

    /** Payloads: {@code open:<user>:<stream>}, {@code gone:<user>:<stream>}, {@code close:<user>}. */
    public static final String CHANNEL = "entraide_streams";
    private static final Logger LOG = Logger.getLogger(LiveStreams.class);
    private static final long KEEP_ALIVE_SECONDS = 25;
    static final long RETRY_AFTER_SHUTDOWN_MS = 1_000;

    @Inject
    EntityManager em;

    @Inject
    AppConfig config;

    /** Streams held by this instance. */
    private final Map<UUID, Handle> local = new ConcurrentHashMap<>();
    /** Every open stream of every instance, per member, oldest first, in the order the channel told them. */
    private final Map<Long, Deque<UUID>> open = new HashMap<>();
    private volatile boolean shuttingDown;

    /**
     * Server-Sent Events of one member, named {@code name}: what {@code onWakeUp} reads (on a worker thread, in its
     * own transaction) once the stream listens, then at each wake-up, so that nothing written while the stream opened
     * is lost; a {@code ready} comment once it listens; a keep-alive comment every {@value #KEEP_ALIVE_SECONDS} s;
     * held to the limits of {@link #of}. Call it on a worker thread.
     */
    public <T> Multi<OutboundSseEvent> events(long userId, Sse sse, String name, Class<T> type, Multi<?> wakeUps,
                                              Supplier<List<T>> onWakeUp) {
        return events(userId, sse, name, type, wakeUps, onWakeUp, item -> null);
    }

    /**
     * As {@link #events(long, Sse, String, Class, Multi, Supplier)}, each event with the SSE id {@code idOf} gives
     * (none when null): the id a browser sends back as {@code Last-Event-ID} when it reconnects.
     */
    public <T> Multi<OutboundSseEvent> events(long userId, Sse sse, String name, Class<T> type, Multi<?> wakeUps,
                                              Supplier<List<T>> onWakeUp, Function<T, String> idOf) {
        if (shuttingDown) {
            return Multi.createFrom().item(() -> reconnectElsewhere(sse));
        }
        Multi<Object> lookNowThenAtEachWakeUp = Multi.createBy().merging()
                .streams(wakeUps.map(Object.class::cast), Multi.createFrom().item(new Object()));
        Multi<OutboundSseEvent> events = lookNowThenAtEachWakeUp
                .onItem().transformToUniAndConcatenate(wakeUp -> Uni.createFrom()
                        .item(() -> QuarkusTransaction.requiringNew().call(onWakeUp::get))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToIterable(items -> items)
                .map(item -> {
                    OutboundSseEvent.Builder event = sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(type, item);
                    String id = idOf.apply(item);
                    return (id == null ? event : event.id(id)).build();
                });
        // subscribed after the events: a client that reads "ready" knows that nothing new will be missed
        Multi<OutboundSseEvent> ready = Multi.createFrom().item(() -> sse.newEventBuilder().comment("ready").build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(KEEP_ALIVE_SECONDS))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return of(userId, Multi.createBy().merging().streams(events, ready, keepAlive), () -> reconnectElsewhere(sse));
    }

    /** The last event of a stream this instance ends because it stops: reconnect soon (to another instance). */
    private static OutboundSseEvent reconnectElsewhere(Sse sse) {
        return sse.newEventBuilder().comment("shutdown").reconnectDelay(RETRY_AFTER_SHUTDOWN_MS).build();
    }

    /**
     * A stream of one member that ends with their sessions, or when they open too many. Call it on a worker thread:
     * it announces the stream before returning.
     */
    public <T> Multi<T> of(long userId, Multi<T> source) {
        return of(userId, source, null);
    }

    /** As {@link #of(long, Multi)}; {@code farewell} (if any) is the last item when the instance shuts down. */
    private <T> Multi<T> of(long userId, Multi<T> source, Supplier<T> farewell) {
        UUID id = UUID.randomUUID();
        Handle handle = new Handle(userId);
        local.put(id, handle);
        QuarkusTransaction.requiringNew().run(() -> publish("open:" + userId + ":" + id));
        return Multi.createFrom().emitter(emitter -> {
            Cancellable upstream = source.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
            emitter.onTermination(() -> {
                upstream.cancel();
                if (local.remove(id) != null) {
                    Infrastructure.getDefaultWorkerPool().execute(() ->
                            QuarkusTransaction.requiringNew().run(() -> publish("gone:" + userId + ":" + id)));
                }
            });
            handle.attach(shutdown -> {
                upstream.cancel();
                if (shutdown && farewell != null) {
                    emitter.emit(farewell.get());
                }
                emitter.complete();
            });
        });
    }

    /** Closes every stream of the member, on every instance, once the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAllOf(long userId) {
        publish("close:" + userId);
    }

    /** The instance begins to shut down: its streams end now, with a retry hint, while requests in flight finish. */
    void closeOnShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        shuttingDown = true;
        LOG.infof("Shutting down: closing %d live stream(s) with a retry hint", local.size());
        local.values().forEach(Handle::shutDown);
    }

    /** A message of the channel, from any instance (this one included). */
    public void onMessage(String payload) {
        String[] parts = payload.split(":");
        try {
            long userId = Long.parseLong(parts[1]);
            switch (parts[0]) {
                case "open" -> opened(userId, UUID.fromString(parts[2]));
                case "gone" -> gone(userId, UUID.fromString(parts[2]));
                case "close" -> closeLocal(userId);
                default -> LOG.warnf("Unknown stream message %s", payload);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Unreadable stream message %s: %s", payload, e.getMessage());
        }
    }

    private void opened(long userId, UUID id) {
        int max = config.streams().maxPerUser();
        synchronized (open) {
            Deque<UUID> streams = open.computeIfAbsent(userId, user -> new ArrayDeque<>());
            streams.addLast(id);
            while (streams.size() > max) {
                Handle oldest = local.get(streams.pollFirst());
                if (oldest != null) {
                    oldest.close();
                }
            }
        }
    }

    private void gone(long userId, UUID id) {
        synchronized (open) {
            Deque<UUID> streams = open.get(userId);
            if (streams != null && streams.remove(id) && streams.isEmpty()) {
                open.remove(userId);
            }
        }
    }

    private void closeLocal(long userId) {
        synchronized (open) {
            open.remove(userId);
        }
        local.values().stream().filter(handle -> handle.userId == userId).forEach(Handle::close);
    }

    private void publish(String payload) {
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult();
    }

    /** A stream of this instance; it may be told to close before its subscriber has arrived. */
    private static final class Handle {
        final long userId;
        /** Ends the stream; true when the instance shuts down. */
        private Consumer<Boolean> closer;
        private boolean closed;
        private boolean shutdown;

        Handle(long userId) {
            this.userId = userId;
        }

        synchronized void attach(Consumer<Boolean> streamCloser) {
            closer = streamCloser;
            if (closed) {
                closer.accept(shutdown);
            }
        }

        synchronized void close() {
            end(false);
        }

        synchronized void shutDown() {
            end(true);
        }

        private void end(boolean instanceStops) {
            if (closed) {
                return;
            }
            closed = true;
            shutdown = instanceStops;
            if (closer != null) {
                closer.accept(instanceStops);
            }
        }
    }
}
