package fr.entraide.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A reminder that went out; one per kind, target and person. */
@Entity
public class ReminderSent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;
    public long targetId;
    public long userId;
    public Instant sentAt = Instant.now();

    /**
     * Records that this reminder is being sent; false when it already was (by this run, an earlier one, or another
     * instance). Call it in the transaction that writes the reminder's mail, so that both commit or neither does.
     */
    public static boolean claim(String kind, long targetId, long userId) {
        return getEntityManager().createNativeQuery("""
                        insert into reminder_sent (kind, target_id, user_id) values (:kind, :target, :user)
                        on conflict on constraint ux_reminder_sent do nothing""")
                .setParameter("kind", kind)
                .setParameter("target", targetId)
                .setParameter("user", userId)
                .executeUpdate() == 1;
    }
}
