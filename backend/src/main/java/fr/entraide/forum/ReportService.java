package fr.entraide.forum;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.forum.api.CreateReportRequest;
import fr.entraide.forum.api.ReportReceipt;
import fr.entraide.forum.api.ReportView;
import fr.entraide.forum.api.ResolveReportRequest;
import fr.entraide.groups.Group;
import fr.entraide.notifications.Notice;
import fr.entraide.notifications.Notification;
import fr.entraide.notifications.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reports ("signaler") and the moderation queue. Every change to a post's reports runs under a lock on the post's
 * row, taken first: two reports racing at the threshold, or two coordinators deciding at once, are serialised and
 * leave one consistent state.
 */
@ApplicationScoped
public class ReportService {

    private static final int EXCERPT = 300;

    @Inject
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    ModerationConfig config;

    /** A member reports a post they can read; the post is hidden once enough distinct members did since the last decision. */
    @Transactional
    public ReportReceipt report(long postId, Caller caller, CreateReportRequest request) {
        Post post = Post.<Post>findByIdOptional(postId, LockModeType.PESSIMISTIC_WRITE)
                .filter(p -> p.deletedAt == null)
                .orElseThrow(() -> ProblemException.notFound("post.not-found", postId));
        ForumThread thread = access.readableThread(post.threadId, Optional.of(caller));
        Group group = access.groupOf(thread.groupId);
        access.requireWriter(group, caller);
        if (post.authorId == caller.id()) {
            throw ProblemException.forbidden("report.own-post");
        }
        if (PostReportEntry.count("postId = ?1 and reporterId = ?2", post.id, caller.id()) > 0) {
            throw ProblemException.conflict(null, "report.already-reported");
        }
        PostReport report = PostReport.<PostReport>find("postId", post.id).firstResultOptional().orElseGet(() -> {
            PostReport created = new PostReport();
            created.groupId = group.id;
            created.postId = post.id;
            created.persist();
            return created;
        });
        PostReportEntry entry = new PostReportEntry();
        entry.reportId = report.id;
        entry.postId = post.id;
        entry.reporterId = caller.id();
        entry.reason = request.reason();
        entry.message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        entry.persist();
        report.lastReportedAt = entry.createdAt;
        report.openReports++;
        if (report.status == ReportStatus.KEPT) {
            report.status = ReportStatus.OPEN;
        }
        if (report.status == ReportStatus.OPEN && post.hiddenAt == null && report.openReports >= config.hideThreshold()) {
            post.hiddenAt = Instant.now();
            forgetExcerpts(post);
            audit.record(null, "moderation.post_auto_hidden", AuditLog.Target.inGroup(group.id, "post", post.id),
                    Map.of("threadId", thread.id, "reports", report.openReports));
        }
        return new ReportReceipt(report.id, post.id, entry.reason, entry.message, entry.createdAt);
    }

    /** The group's queue, newest first; every report of a status when {@code status} is null. */
    public PageResponse<ReportView> queue(String slug, Caller caller, ReportStatus status, PageParams page) {
        Group group = access.readableGroup(slug, Optional.of(caller));
        access.requireModerator(group, caller);
        long before = page.cursor == null || page.cursor.isBlank() ? Long.MAX_VALUE : Cursor.decodeId(page.cursor);
        List<Object[]> rows = em.createQuery("""
                        select r, p, t, a, rb from PostReport r
                        join Post p on p.id = r.postId
                        join ForumThread t on t.id = p.threadId
                        join User a on a.id = p.authorId
                        left join User rb on rb.id = r.resolvedBy
                        where r.groupId = :group and r.id < :before and (:any = true or r.status = :status)
                        order by r.id desc""", Object[].class)
                .setParameter("group", group.id)
                .setParameter("before", before)
                .setParameter("any", status == null)
                .setParameter("status", status == null ? ReportStatus.OPEN : status)
                .setMaxResults(page.limit + 1)
                .getResultList();
        List<Object[]> shown = rows.size() > page.limit ? rows.subList(0, page.limit) : rows;
        Map<Long, List<ReportView.Reporter>> reporters = reportersOf(shown.stream().map(row -> ((PostReport) row[0]).id).toList());
        return PageResponse.of(rows, page.limit, row -> Cursor.encode(((PostReport) row[0]).id),
                row -> view((PostReport) row[0], (Post) row[1], (ForumThread) row[2], (User) row[3], (User) row[4],
                        reporters.getOrDefault(((PostReport) row[0]).id, List.of())));
    }

    /**
     * HIDE hides the post, KEEP keeps it (and restores it when it was hidden); reporters not yet told hear the
     * outcome. Deciding again what is already decided changes nothing and tells no one twice.
     */
    @Transactional
    public ReportView resolve(long reportId, Caller caller, ResolveReportRequest request) {
        Object[] keys = em.createQuery("select r.postId, r.groupId from PostReport r where r.id = :id", Object[].class)
                .setParameter("id", reportId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("report.not-found", reportId));
        Group group = access.groupOf((Long) keys[1]);
        access.readableGroup(group.slug, Optional.of(caller));
        access.requireModerator(group, caller);
        Post post = Post.findById(keys[0], LockModeType.PESSIMISTIC_WRITE);
        PostReport report = PostReport.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        ForumThread thread = ForumThread.findById(post.threadId);
        boolean hide = request.action() == ModerationAction.HIDE;
        ReportStatus decided = hide ? ReportStatus.HIDDEN : ReportStatus.KEPT;
        boolean wasHidden = post.hiddenAt != null;
        if (report.status != decided || wasHidden != hide) {
            report.status = decided;
            report.openReports = 0;
            report.resolvedAt = Instant.now();
            report.resolvedBy = caller.id();
            post.hiddenAt = hide ? (wasHidden ? post.hiddenAt : Instant.now()) : null;
            if (hide) {
                forgetExcerpts(post);
            }
            audit.record(caller.id(), hide ? "moderation.post_hidden" : wasHidden ? "moderation.post_restored" : "moderation.post_kept",
                    AuditLog.Target.inGroup(group.id, "post", post.id),
                    AuditLog.details("threadId", thread.id, "thread", thread.title, "reportId", report.id,
                            "authorId", post.authorId));
            tellReporters(report, group, thread, post, caller, hide);
        }
        em.flush();
        User author = User.findById(post.authorId);
        User resolver = report.resolvedBy == null ? null : User.findById(report.resolvedBy);
        return view(report, post, thread, author, resolver, reportersOf(List.of(report.id)).getOrDefault(report.id, List.of()));
    }

    private void tellReporters(PostReport report, Group group, ForumThread thread, Post post, Caller caller, boolean hidden) {
        List<PostReportEntry> untold = PostReportEntry.list("reportId = ?1 and toldAt is null", report.id);
        if (untold.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        untold.forEach(entry -> entry.toldAt = now);
        notifications.tell(untold.stream().map(entry -> entry.reporterId).toList(), caller.id(),
                group, thread.title, "/threads/" + thread.id + "#post-" + post.id, null,
                Notice.reportResolved(thread.title, hidden));
    }

    /** Notifications made before the post was hidden quote it: their excerpt goes. */
    private static void forgetExcerpts(Post post) {
        Notification.update("excerpt = null where postId = ?1", post.id);
    }

    /** Every reporter of these reports, oldest first: one query. */
    private Map<Long, List<ReportView.Reporter>> reportersOf(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select e, u from PostReportEntry e join User u on u.id = e.reporterId
                        where e.reportId in :reports order by e.id""", Object[].class)
                .setParameter("reports", reportIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> ((PostReportEntry) row[0]).reportId, Collectors.mapping(row -> {
                    PostReportEntry entry = (PostReportEntry) row[0];
                    User reporter = (User) row[1];
                    return new ReportView.Reporter(new UserRef(reporter.id, reporter.displayName), entry.reason,
                            entry.message, entry.createdAt);
                }, Collectors.toList())));
    }

    private static ReportView view(PostReport report, Post post, ForumThread thread, User author, User resolver,
                                   List<ReportView.Reporter> reporters) {
        ReportView.ReportedPost reported = new ReportView.ReportedPost(post.id, UserSummary.of(author),
                Posts.excerpt(post.body, EXCERPT), post.createdAt, post.hiddenAt != null, post.deletedAt != null,
                "/threads/" + thread.id + "#post-" + post.id);
        return new ReportView(report.id, report.status, reported, new ReportView.ThreadRef(thread.id, thread.title),
                reporters.size(), report.openReports, reporters, report.createdAt, report.lastReportedAt,
                report.resolvedAt, resolver == null ? null : new UserRef(resolver.id, resolver.displayName));
    }
}
