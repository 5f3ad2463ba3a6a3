package fr.entraide.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An e-mail written in the same transaction as the change that causes it, sent later by {@link OutboxSender}. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String recipient;
    public String subject;
    public String htmlBody;
    public String textBody;
    /** Extra headers, one "Name: value" per line. */
    public String headers;

    public String attachmentName;
    public String attachmentType;
    public String attachmentContent;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public int attempts;
    public Instant nextAttemptAt = Instant.now();
    public String lastError;
    public Instant createdAt = Instant.now();
    public Instant sentAt;
}
