package fr.entraide.forum;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.forum.api.CategoryRef;
import fr.entraide.forum.api.CreateThreadRequest;
import fr.entraide.forum.api.LevelResponse;
import fr.entraide.forum.api.ThreadSummary;
import fr.entraide.forum.api.ThreadView;
import fr.entraide.forum.api.UpdateThreadRequest;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupSnapshot;
import fr.entraide.groups.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Threads: the list (pinned first, then by last activity), opening one, moderation and reading state. */
@ApplicationScoped
public class ThreadService {

    @Inject
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ForumViews views;

    @Inject
    PostService posts;

    @Inject
    AuditLog audit;

    /**
     * One page of threads with their author, category, the caller's level and unread count, in one query whatever the
     * page size (the chosen thread and category levels and the reading position joined, the unread posts counted per
     * thread on ix_post_thread_live); the group, the caller's membership and the category come from the read caches.
     */
    public PageResponse<ThreadSummary> list(String slug, String categorySlug, Optional<Caller> caller, PageParams page) {
        GroupSnapshot group = access.readableGroupSnapshot(slug, caller);
        Long only = categorySlug == null || categorySlug.isBlank() ? null : access.categoryIdOf(group.id(), categorySlug, "category");
        List<String> after = Cursor.decode(page.cursor, 3);
        StringBuilder jpql = new StringBuilder("select t, u, c");
        if (caller.isPresent()) {
            jpql.append(", ts.level, cs.level, (select count(p) from Post p where p.threadId = t.id and p.deletedAt is null"
                    + " and p.id > coalesce(r.lastReadPostId, 0L))");
        }
        jpql.append(" from ForumThread t join User u on u.id = t.authorId join Category c on c.id = t.categoryId");
        if (caller.isPresent()) {
            jpql.append("""
                     left join Subscription ts on ts.threadId = t.id and ts.userId = :user
                    left join Subscription cs on cs.categoryId = t.categoryId and cs.userId = :user
                    left join ThreadRead r on r.threadId = t.id and r.userId = :user""");
        }
        jpql.append(" where t.groupId = :group and t.deletedAt is null");
        if (only != null) {
            jpql.append(" and t.categoryId = :category");
        }
        boolean afterPinned = !after.isEmpty() && Boolean.parseBoolean(after.get(0));
        if (!after.isEmpty()) {
            String sameOrLater = "(t.lastPostAt < :lastPostAt or (t.lastPostAt = :lastPostAt and t.id < :id))";
            jpql.append(afterPinned
                    ? " and (t.pinned = false or " + sameOrLater + ")"
                    : " and t.pinned = false and " + sameOrLater);
        }
        jpql.append(" order by t.pinned desc, t.lastPostAt desc, t.id desc");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("group", group.id());
        caller.ifPresent(c -> query.setParameter("user", c.id()));
        if (only != null) {
            query.setParameter("category", only);
        }
        if (!after.isEmpty()) {
            try {
                query.setParameter("lastPostAt", Instant.parse(after.get(1))).setParameter("id", Long.parseLong(after.get(2)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw ProblemException.invalid("cursor", "request.invalid-cursor");
            }
        }
        List<Object[]> rows = query.setMaxResults(page.limit + 1).getResultList();
        return PageResponse.of(rows, page.limit,
                row -> {
                    ForumThread t = (ForumThread) row[0];
                    return Cursor.encode(t.pinned, t.lastPostAt, t.id);
                },
                row -> {
                    ForumThread t = (ForumThread) row[0];
                    Category c = (Category) row[2];
                    WatchLevel level = caller.isEmpty() ? null : Subscriptions.levelOf((WatchLevel) row[3], (WatchLevel) row[4], c, false);
                    Integer unread = level != null && level.countsUnread() ? ((Long) row[5]).intValue() : null;
                    return new ThreadSummary(t.id, t.title, CategoryRef.of(c), UserSummary.of((User) row[1]), t.createdAt,
                            t.lastPostAt, t.replyCount, t.pinned, t.locked, unread, level);
                });
    }

    @Transactional
    public ThreadView create(String slug, Caller caller, CreateThreadRequest request) {
        Group group = access.readableGroup(slug, Optional.of(caller));
        access.requireWriter(group, caller);
        return views.thread(openFor(group, request.category(), caller, request.title().strip(), request.body()), caller);
    }

    /**
     * Opens a thread on behalf of another feature (a roadmap action's discussion), whose rules already allowed the
     * caller to do so; watchers of the category are told as for any new thread.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ForumThread openFor(Group group, String categorySlug, Caller author, String title, String body) {
        Category category = access.categoryOf(group, categorySlug, "category");
        ForumThread thread = new ForumThread();
        thread.groupId = group.id;
        thread.categoryId = category.id;
        thread.authorId = author.id();
        thread.title = title;
        thread.persist();
        posts.write(thread, author, body, null, true);
        return thread;
    }

    public ThreadView get(long id, Optional<Caller> caller) {
        ForumThread thread = access.readableThread(id, caller);
        return caller.map(c -> views.thread(thread, c)).orElseGet(() -> views.anonymousThread(thread));
    }

    @Transactional
    public ThreadView update(long id, Caller caller, UpdateThreadRequest request) {
        ForumThread thread = access.readableThread(id, Optional.of(caller));
        Group group = access.groupOf(thread.groupId);
        Standing standing = access.standing(group, Optional.of(caller));
        if (!ForumPolicy.change(standing, thread.authorId == caller.id())) {
            throw ProblemException.forbidden("thread.author-or-coordinators");
        }
        if ((request.pinned() != null || request.locked() != null) && !ForumPolicy.moderate(standing)) {
            throw ProblemException.forbidden("thread.pin-lock-coordinators");
        }
        Patch.requireVersion(request.version(), thread.version);
        Patch.requiredText(request.title(), "title", "common.title-blank", value -> thread.title = value);
        if (request.category() != null) {
            Category to = access.categoryOf(group, request.category(), "category");
            if (ForumPolicy.moderate(standing) && to.id != thread.categoryId && thread.authorId != caller.id()) {
                Category from = Category.findById(thread.categoryId);
                recordModeration(caller, thread, "thread.moved", "from", from.slug, "to", to.slug);
            }
            thread.categoryId = to.id;
        }
        if (request.pinned() != null && request.pinned() != thread.pinned) {
            thread.pinned = request.pinned();
            recordModeration(caller, thread, thread.pinned ? "thread.pinned" : "thread.unpinned");
        }
        if (request.locked() != null && request.locked() != thread.locked) {
            thread.locked = request.locked();
            recordModeration(caller, thread, thread.locked ? "thread.locked" : "thread.unlocked");
        }
        em.flush();
        return views.thread(thread, caller);
    }

    @Transactional
    public void delete(long id, Caller caller) {
        ForumThread thread = access.readableThread(id, Optional.of(caller));
        access.requireModerator(access.groupOf(thread.groupId), caller);
        thread.deletedAt = Instant.now();
        recordModeration(caller, thread, "thread.deleted", "authorId", thread.authorId);
    }

    private void recordModeration(Caller caller, ForumThread thread, String action, Object... details) {
        Object[] all = new Object[details.length + 2];
        all[0] = "title";
        all[1] = thread.title;
        System.arraycopy(details, 0, all, 2, details.length);
        audit.record(caller.id(), action, AuditLog.Target.inGroup(thread.groupId, "thread", thread.id), AuditLog.details(all));
    }

    @Transactional
    public LevelResponse subscribe(long id, Caller caller, WatchLevel level) {
        if (level == WatchLevel.WATCHING_FIRST_POST) {
            throw ProblemException.invalid("level", "subscription.first-post-category-only");
        }
        ForumThread thread = access.readableThread(id, Optional.of(caller));
        subscriptions.setThread(caller.id(), thread.id, level);
        return new LevelResponse(level);
    }

    @Transactional
    public void markRead(long id, Caller caller, long lastReadPostId) {
        ForumThread thread = access.readableThread(id, Optional.of(caller));
        if (Post.count("id = ?1 and threadId = ?2", lastReadPostId, thread.id) == 0) {
            throw ProblemException.invalid("lastReadPostId", "post.not-in-thread");
        }
        ThreadRead.advance(caller.id(), thread.id, lastReadPostId);
    }
}
