package fr.entraide.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/**
 * One staff action: who (actor, null for the system), when, what (a dotted code such as {@code member.role_changed}),
 * on which object, in which group (null for site-wide actions), with a few details. Never changed once written: the
 * entity is immutable here and a trigger refuses UPDATE and DELETE in the database.
 */
@Entity
@Immutable
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at = Instant.now();
    public Long actorId;
    public Long groupId;
    public String action;
    public String objectType;
    public Long objectId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
