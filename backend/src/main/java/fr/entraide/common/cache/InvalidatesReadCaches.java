package fr.entraide.common.cache;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The entity listener of the tables that {@link ReadCaches} are read from: a change of one of their rows empties
 * this instance's caches at once, without waiting for the database's message.
 */
public class InvalidatesReadCaches {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Arc.container().instance(ReadCaches.class).get().changedHere();
    }
}
