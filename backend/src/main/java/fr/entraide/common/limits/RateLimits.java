package fr.entraide.common.limits;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counters of what may only happen so often (failed sign-ins, mails sent on request), per bucket and key (an
 * account, a client address, a recipient). Counted in the database under a row lock, so that a parallel burst is
 * counted hit by hit and every instance sees the same count.
 */
@ApplicationScoped
public class RateLimits {

    private static final int MAX_KEY = 320;
    /** Counters idle for this long are forgotten: longer than any configured window. */
    private static final Duration FORGET_AFTER = Duration.ofDays(2);

    @Inject
    EntityManager em;

    /**
     * Counts one hit in the caller's transaction when the limit allows it.
     *
     * @return how long to wait when it does not (the hit is then not counted)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Duration> hit(String bucket, String key, Limit limit) {
        String k = key(key);
        em.createNativeQuery("insert into rate_limit (bucket, key) values (:bucket, :key) on conflict do nothing")
                .setParameter("bucket", bucket).setParameter("key", k).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                        select window_start, hits, last_hit_at from rate_limit
                        where bucket = :bucket and key = :key for update""")
                .setParameter("bucket", bucket).setParameter("key", k).getSingleResult();
        Instant now = Instant.now();
        Instant windowStart = instant(row[0]);
        int hits = ((Number) row[1]).intValue();
        Instant lastHit = row[2] == null ? null : instant(row[2]);
        if (!windowStart.plus(limit.window()).isAfter(now)) {
            windowStart = now;
            hits = 0;
        }
        Duration wait = Duration.ZERO;
        if (hits >= limit.max()) {
            wait = Duration.between(now, windowStart.plus(limit.window()));
        }
        if (lastHit != null && !limit.cooldown().isZero() && lastHit.plus(limit.cooldown()).isAfter(now)) {
            Duration coolDown = Duration.between(now, lastHit.plus(limit.cooldown()));
            wait = coolDown.compareTo(wait) > 0 ? coolDown : wait;
        }
        boolean allowed = wait.isZero();
        em.createNativeQuery("""
                        update rate_limit set window_start = :start, hits = :hits, last_hit_at = :last
                        where bucket = :bucket and key = :key""")
                .setParameter("start", Timestamp.from(windowStart))
                .setParameter("hits", allowed ? hits + 1 : hits)
                .setParameter("last", allowed ? Timestamp.from(now) : lastHit == null ? null : Timestamp.from(lastHit))
                .setParameter("bucket", bucket).setParameter("key", k)
                .executeUpdate();
        return allowed ? Optional.empty() : Optional.of(wait);
    }

    /**
     * {@link #hit}, or a 429 problem with Retry-After.
     *
     * @param code the problem's code; its text says what was done too often and takes the wait ("42 s") as {0}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enforce(String bucket, String key, Limit limit, String code) {
        hit(bucket, key, limit).ifPresent(wait -> {
            throw tooMany(code, wait);
        });
    }

    /** Takes one hit back (a sign-in that succeeded was not a failure). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBack(String bucket, String key) {
        em.createNativeQuery("update rate_limit set hits = greatest(hits - 1, 0) where bucket = :bucket and key = :key")
                .setParameter("bucket", bucket).setParameter("key", key(key)).executeUpdate();
    }

    /** Forgets the counter (a successful sign-in clears the account's failures). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reset(String bucket, String key) {
        em.createNativeQuery("delete from rate_limit where bucket = :bucket and key = :key")
                .setParameter("bucket", bucket).setParameter("key", key(key)).executeUpdate();
    }

    public static ProblemException tooMany(String code, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        String when = seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, code, when).retryAfter(seconds);
    }

    @Scheduled(every = "1h", delayed = "1m")
    void forgetIdleCounters() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        delete from rate_limit where window_start < :before and (last_hit_at is null or last_hit_at < :before)""")
                .setParameter("before", Timestamp.from(Instant.now().minus(FORGET_AFTER)))
                .executeUpdate());
    }

    private static String key(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value);
    }
}
