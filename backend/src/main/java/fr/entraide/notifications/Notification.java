package fr.entraide.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

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
    /** Written in the recipient's language when the notification is made. */
    public String title;
    public String excerpt;
    /** Path in the SPA. */
    public String link;
    public Instant createdAt = Instant.now();
    public Instant readAt;
    public Instant emailedAt;
}
