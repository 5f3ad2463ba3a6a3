package fr.entraide.forum;

import fr.entraide.accounts.User;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.files.FileLinks;
import fr.entraide.forum.api.CreatePostRequest;
import fr.entraide.forum.api.PostView;
import fr.entraide.forum.api.PreviewRequest;
import fr.entraide.forum.api.PreviewResponse;
import fr.entraide.forum.api.UpdatePostRequest;
import fr.entraide.groups.Group;
import fr.entraide.groups.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Posts: reading a thread, replying, editing and soft-deleting. */
@ApplicationScoped
public class PostService {

    static final String DELETED_HTML = "<p><em>Message supprimé</em></p>";

    @Inject
    FileLinks fileLinks;

    @Inject
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ForumFanOut fanOut;

    @Inject
    AuditLog audit;

    /**
     * Oldest first, with their authors (joined) and whether the caller reported each: two queries whatever the page
     * size (the thread, then its page); the group and the caller's membership come from the read caches. A hidden
     * post's text goes only to its author and the coordinators.
     */
    public PageResponse<PostView> list(long threadId, Optional<Caller> caller, PageParams page) {
        ForumThread thread = access.readableThread(threadId, caller);
        Standing standing = access.standing(thread.groupId, caller);
        String reported = caller.isPresent()
                ? ", (select count(e) from PostReportEntry e where e.postId = p.id and e.reporterId = :user)" : "";
        TypedQuery<Object[]> query = em.createQuery("select p, u" + reported + """
                         from Post p join User u on u.id = p.authorId
                        where p.threadId = :thread and p.id > :after order by p.id""", Object[].class)
                .setParameter("thread", thread.id)
                .setParameter("after", Cursor.decodeId(page.cursor));
        caller.ifPresent(c -> query.setParameter("user", c.id()));
        List<Object[]> rows = query.setMaxResults(page.limit + 1).getResultList();
        return PageResponse.of(rows, page.limit, row -> Cursor.encode(((Post) row[0]).id),
                row -> ForumViews.post((Post) row[0], (User) row[1], caller, standing,
                        caller.isPresent() && (Long) row[2] > 0 ? Set.of(((Post) row[0]).id) : Set.of()));
    }

    @Transactional
    public PostView reply(long threadId, Caller caller, CreatePostRequest request) {
        ForumThread thread = ForumThread.findById(access.readableThread(threadId, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        Group group = access.groupOf(thread.groupId);
        access.requireWriter(group, caller);
        if (!ForumPolicy.reply(access.standing(group, Optional.of(caller)), thread.locked)) {
            throw ProblemException.forbidden("thread.locked");
        }
        if (request.replyToId() != null
                && Post.count("id = ?1 and threadId = ?2", request.replyToId(), thread.id) == 0) {
            throw ProblemException.invalid("replyToId", "post.not-in-thread");
        }
        Post post = write(thread, caller, request.body(), request.replyToId(), false);
        thread.replyCount++;
        return ForumViews.post(post, User.findById(caller.id()), Optional.of(caller), access.standing(group, Optional.of(caller)), Set.of());
    }

    /**
     * Saves a post, marks the thread's activity, makes its author watch the thread, and queues the fan-out to
     * watchers and mentioned members, which runs once this transaction has committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Post write(ForumThread thread, Caller caller, String body, Long replyToId, boolean newThread) {
        Posts.mentions(body);
        Post post = new Post();
        post.threadId = thread.id;
        post.authorId = caller.id();
        post.body = body;
        post.html = markdown.toHtml(body, mentionable(body));
        post.replyToId = replyToId;
        post.persist();
        thread.lastPostAt = post.createdAt;
        subscriptions.watchUnlessChosen(List.of(caller.id()), thread.id);
        ThreadRead.advance(caller.id(), thread.id, post.id);
        fanOut.enqueue(post, newThread);
        return post;
    }

    @Transactional
    public PostView edit(long id, Caller caller, UpdatePostRequest request) {
        Post post = editable(id, caller);
        if (post.deletedAt != null) {
            throw ProblemException.conflict(null, "post.deleted");
        }
        if (request.version() != post.version) {
            throw ProblemException.staleVersion();
        }
        Posts.mentions(request.body());
        post.body = request.body();
        post.html = markdown.toHtml(request.body(), mentionable(request.body()));
        post.editedAt = Instant.now();
        em.flush();
        Group group = access.groupOf(ForumThread.<ForumThread>findById(post.threadId).groupId);
        return ForumViews.post(post, User.findById(post.authorId), Optional.of(caller), access.standing(group, Optional.of(caller)),
                PostReportEntry.count("postId = ?1 and reporterId = ?2", post.id, caller.id()) > 0 ? Set.of(post.id) : Set.of());
    }

    /** Soft delete: the post stays as a placeholder so that replies to it still read well. */
    @Transactional
    public void delete(long id, Caller caller) {
        Post post = editable(id, caller);
        if (post.deletedAt == null) {
            if (post.authorId != caller.id()) {
                ForumThread thread = ForumThread.findById(post.threadId);
                audit.record(caller.id(), "post.deleted", AuditLog.Target.inGroup(thread.groupId, "post", post.id),
                        Map.of("threadId", thread.id, "thread", thread.title, "authorId", post.authorId));
            }
            post.deletedAt = Instant.now();
            post.body = "";
            post.html = DELETED_HTML;
        }
    }

    public PreviewResponse preview(PreviewRequest request) {
        return new PreviewResponse(fileLinks.forReaders(markdown.toHtml(request.body(), mentionable(request.body()))));
    }

    /** The members a text mentions who exist: lower-case username → id, for the renderer to link them. */
    private static Map<String, Long> mentionable(String body) {
        Set<String> names = Posts.mentions(body);
        if (names.isEmpty()) {
            return Map.of();
        }
        return User.<User>list("lower(username) in ?1 and deletedAt is null", names).stream()
                .collect(Collectors.toMap(u -> u.username.toLowerCase(), u -> u.id, (a, b) -> a));
    }

    private Post editable(long id, Caller caller) {
        Post post = Post.<Post>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("post.not-found", id));
        ForumThread thread = access.readableThread(post.threadId, Optional.of(caller));
        Group group = access.groupOf(thread.groupId);
        if (!ForumPolicy.change(access.standing(group, Optional.of(caller)), post.authorId == caller.id())) {
            throw ProblemException.forbidden("post.author-or-coordinators");
        }
        return post;
    }
}
