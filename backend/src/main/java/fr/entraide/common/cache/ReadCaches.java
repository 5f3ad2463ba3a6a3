package fr.entraide.common.cache;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The read caches of this instance and when they are emptied: all at once, whenever one of the tables they are read
 * from changes (app_user, work_group, membership, category: seldom written, read on every request).
 * <ul>
 *   <li>Any instance's change, including a cascade or a hand-made SQL change: a trigger of those tables says so on
 *       PostgreSQL's {@value #CHANNEL} channel once the change has committed ({@code NotificationHub} listens), and
 *       when the channel is (re)subscribed, since messages may have been missed while it was not.</li>
 *   <li>This instance's own change, without waiting for the channel: entities of those tables carry
 *       {@link InvalidatesReadCaches}, which empties the caches when the change is flushed and again once its
 *       transaction has ended.</li>
 * </ul>
 * A permission therefore never outlives its change by more than the channel's delivery (a few milliseconds) on
 * another instance, and not at all on the instance that made it.
 */
@ApplicationScoped
public class ReadCaches {

    /** Payload: the name of the table that changed. */
    public static final String CHANNEL = "entraide_read_caches";
    /** A bound on how long an entry may live even if a message of the channel was lost. */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Every cache made, weakly: those of an application that stopped (tests start several) go with it. */
    private static final Set<ReadCache<?, ?>> CACHES = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** A new cache of at most {@code maxEntries}, emptied with all the others. */
    public static <K, V> ReadCache<K, V> create(int maxEntries) {
        ReadCache<K, V> cache = new ReadCache<>(maxEntries, MAX_AGE.toNanos());
        CACHES.add(cache);
        return cache;
    }

    /** A message of the channel, or the channel (re)subscribed: something may have changed anywhere. */
    public void changed() {
        List<ReadCache<?, ?>> caches;
        synchronized (CACHES) {
            caches = List.copyOf(CACHES);
        }
        caches.forEach(ReadCache::clear);
    }

    /** A change made by this instance: now, and again when its transaction ends (whether it commits or not). */
    public void changedHere() {
        changed();
        if (QuarkusTransaction.isActive() && transactions.getResource(ReadCaches.class) == null) {
            transactions.putResource(ReadCaches.class, Boolean.TRUE); // once per transaction
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        }
    }
}
