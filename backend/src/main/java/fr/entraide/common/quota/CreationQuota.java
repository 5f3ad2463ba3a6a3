package fr.entraide.common.quota;

import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;

/**
 * How many things of one kind (polls, meetings, workshops) an account may create within a sliding window
 * ({@code app.quotas.*}). Counted from the rows themselves, so the quota holds across restarts and instances;
 * past it, a 429 says when the oldest creation of the window leaves it (Retry-After).
 */
@ApplicationScoped
public class CreationQuota {

    /** What is counted: the entity, the field naming its creator, and the code of the problem past the quota. */
    public enum Kind {
        POLL("Poll", "authorId", "quota.polls"),
        MEETING("Meeting", "createdBy", "quota.meetings"),
        WORKSHOP("Workshop", "createdBy", "quota.workshops");

        final String entity;
        final String creator;
        final String code;

        Kind(String entity, String creator, String code) {
            this.entity = entity;
            this.creator = creator;
            this.code = code;
        }

        /** The code of the problem past the quota, a key of messages/problems. */
        public String code() {
            return code;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AppConfig config;

    /** Refuses when {@code adding} more would take the account past its quota of this kind. */
    public void require(Kind kind, long userId, int adding) {
        int max = config.quotas().creationsPerWindow();
        Duration window = config.quotas().creationWindow();
        Instant now = Instant.now();
        Object[] row = em.createQuery("select count(e), min(e.createdAt) from " + kind.entity + " e where e." + kind.creator
                        + " = :user and e.createdAt > :since", Object[].class)
                .setParameter("user", userId)
                .setParameter("since", now.minus(window))
                .getSingleResult();
        long recent = (Long) row[0];
        if (recent + adding <= max) {
            return;
        }
        Instant oldest = row[1] == null ? now : (Instant) row[1];
        long retryAfter = Math.max(1, Duration.between(now, oldest.plus(window)).toSeconds());
        throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, kind.code, recent, max).retryAfter(retryAfter);
    }
}
