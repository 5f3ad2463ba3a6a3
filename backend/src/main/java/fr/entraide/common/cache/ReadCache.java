package fr.entraide.common.cache;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a read path looks up on every request and that seldom changes (an account, a group, a membership, a
 * category), kept in memory: at most {@code maxEntries} (the least recently used go first), each for at most
 * {@code maxAgeNanos}, and all of them dropped by {@link ReadCaches} as soon as a table they are read from changes,
 * on any instance. Values are immutable snapshots, never entities.
 * <p>
 * Only read through outside a transaction: inside one, the loader may see the transaction's own uncommitted writes,
 * which must never be shared, so it runs and nothing is kept. A value loaded while the caches were being emptied is
 * not kept either (the generation moved on), so a load that raced with a change cannot outlive it.
 */
public final class ReadCache<K, V> {

    private record Entry<V>(Optional<V> value, long loadedAt) {
    }

    private final long maxAgeNanos;
    private final Map<K, Entry<V>> entries;
    private long generation;

    ReadCache(int maxEntries, long maxAgeNanos) {
        this.maxAgeNanos = maxAgeNanos;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The value of {@code key}, from memory or from {@code loader} (an empty answer is kept too). */
    public Optional<V> get(K key, Supplier<Optional<V>> loader) {
        if (QuarkusTransaction.isActive()) {
            return loader.get();
        }
        long seen;
        synchronized (this) {
            Entry<V> entry = entries.get(key);
            if (entry != null && System.nanoTime() - entry.loadedAt < maxAgeNanos) {
                return entry.value;
            }
            seen = generation;
        }
        Optional<V> value = loader.get();
        synchronized (this) {
            if (generation == seen) {
                entries.put(key, new Entry<>(value, System.nanoTime()));
            }
        }
        return value;
    }

    synchronized void clear() {
        generation++;
        entries.clear();
    }
}
