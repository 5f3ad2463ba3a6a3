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
import fr.entraide.groups.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
     * One page of threads with their author, category, the caller's level and unread count: five queries whatever
     * the page size (threads, chosen thread levels, chosen category levels, read positions with unread counts).
     */
    public PageResponse<ThreadSummary> list(String slug, String categorySlug, Optional<Caller> caller, PageParams page) {
        Group group = access.readableGroup(slug, caller);
        Category only = categorySlug == null || categorySlug.isBlank() ? null : access.categoryOf(group, categorySlug, "category");
        List<String> after = Cursor.decode(page.cursor, 3);
        StringBuilder jpql = new StringBuilder("""
                select t, u, c from ForumThread t
                join User u on u.id = t.authorId
                join Category c on c.id = t.categoryId
                where t.groupId = :group and t.deletedAt is null""");
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
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("group", group.id);
        if (only != null) {
            query.setParameter("category", only.id);
        }
        if (!after.isEmpty()) {
            try {
                query.setParameter("lastPostAt", Instant.parse(after.get(1))).setParameter("id", Long.parseLong(after.get(2)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw ProblemException.invalid("cursor", "request.invalid-cursor");
            }
        }
        List<Object[]> rows = query.setMaxResults(page.limit + 1).getResultList();
        List<Object[]> shown = rows.size() > page.limit ? rows.subList(0, page.limit) : rows;
        ReadingState state = caller.map(c -> readingState(c.id(), shown)).orElse(ReadingState.NONE);
        return PageResponse.of(rows, page.limit,
                row -> {
                    ForumThread t = (ForumThread) row[0];
                    return Cursor.encode(t.pinned, t.lastPostAt, t.id);
                },
                row -> {
                    ForumThread t = (ForumThread) row[0];
                    Category c = (Category) row[2];
                    WatchLevel level = caller.isEmpty() ? null : state.levelOf(t, c);
                    Integer unread = level != null && level.countsUnread() ? state.unread.getOrDefault(t.id, 0L).intValue() : null;
                    return new ThreadSummary(t.id, t.title, CategoryRef.of(c), UserSummary.of((User) row[1]), t.createdAt,
                            t.lastPostAt, t.replyCount, t.pinned, t.locked, unread, level);
                });
    }

    private record ReadingState(Map<Long, WatchLevel> threadLevels, Map<Long, WatchLevel> categoryLevels,
                                Map<Long, Long> unread) {
        static final ReadingState NONE = new ReadingState(Map.of(), Map.of(), Map.of());

        WatchLevel levelOf(ForumThread thread, Category category) {
            WatchLevel chosen = threadLevels.get(thread.id);
            return chosen != null ? chosen : categoryLevels.getOrDefault(category.id, category.defaultSubscription).forThread(false);
        }
    }

    private ReadingState readingState(long userId, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return ReadingState.NONE;
        }
        List<Long> threadIds = rows.stream().map(row -> ((ForumThread) row[0]).id).toList();
        List<Long> categoryIds = rows.stream().map(row -> ((Category) row[2]).id).distinct().toList();
        Map<Long, Long> unread = em.createQuery("""
                        select p.threadId, count(p) from Post p
                        left join ThreadRead r on r.threadId = p.threadId and r.userId = :user
                        where p.threadId in :threads and p.deletedAt is null
                          and (r.id is null or p.id > r.lastReadPostId)
                        group by p.threadId""", Object[].class)
                .setParameter("user", userId)
                .setParameter("threads", threadIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return new ReadingState(subscriptions.ofThreads(userId, threadIds), subscriptions.ofCategories(userId, categoryIds), unread);
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
