package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One member's report of a post: at most one per member and post. */
@Entity
public class PostReportEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long reportId;
    public long postId;
    public long reporterId;

    @Enumerated(EnumType.STRING)
    public ReportReason reason;

    public String message;
    public Instant createdAt = Instant.now();
    /** When the reporter was told the coordinators' decision. */
    public Instant toldAt;
}
