package fr.entraide.forum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** The reports of one post: one item of its group's moderation queue, whoever and however many reported it. */
@Entity
public class PostReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long groupId;
    public long postId;

    @Enumerated(EnumType.STRING)
    public ReportStatus status = ReportStatus.OPEN;

    /** Distinct members who reported the post since the last decision: the automatic hiding counts these. */
    public int openReports;
    public Instant createdAt = Instant.now();
    public Instant lastReportedAt = Instant.now();
    public Instant resolvedAt;
    public Long resolvedBy;
}
