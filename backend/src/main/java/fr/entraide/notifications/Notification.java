package fr.entraide.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/** Something a member is told in the app (the bell), and maybe by e-mail. */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;

    @Enumerated(EnumType.STRING)
    public NotificationType type;

    public Long actorId;
    public Long groupId;
    public Long threadId;
    public Long postId;
    /** The parameters of its sentence ({@link Notice}); null on notifications made before they were kept. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> params;
    /** Written in the recipient's language when the notification is made: what older instances show. */
    public String title;
    public String excerpt;
    /** Path in the SPA. */
    public String link;
    public Instant createdAt = Instant.now();
    public Instant readAt;
    public Instant emailedAt;

    /** Its sentence in the reader's language; the stored title when it predates its parameters. */
    public String titleIn(String language) {
        return params == null ? title : new Notice(type, params).render(language);
    }
}
