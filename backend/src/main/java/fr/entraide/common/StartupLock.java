package fr.entraide.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.Transactional;

/**
 * Work done at start that must happen once even when several instances start together on one database (the first
 * administrator, the demo data): each takes this PostgreSQL advisory lock, held until its transaction ends, then
 * looks whether the work is already done. The second instance waits, then finds it done.
 */
public final class StartupLock {

    private StartupLock() {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public static void hold(String work) {
        Panache.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(:work))")
                .setParameter("work", "entraide-startup:" + work)
                .getSingleResult();
    }
}
