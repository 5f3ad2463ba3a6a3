package fr.entraide.forum;

import fr.entraide.accounts.EmailDigest;
import fr.entraide.accounts.User;
import fr.entraide.common.Texts;
import fr.entraide.common.config.AppConfig;
import fr.entraide.groups.Group;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Visibility;
import fr.entraide.mail.MailQuotas;
import fr.entraide.mail.Mails;
import fr.entraide.notifications.Notice;
import fr.entraide.notifications.NotificationService;
import fr.entraide.notifications.NotificationType;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells watchers and mentioned members about a new post, after the poster's transaction has committed, so the
 * poster never waits for it. Each post leaves a {@link ForumEvent} row in its own transaction; a background worker
 * takes it right after the commit, and a periodic sweep takes whatever a crash or another instance left behind
 * (rows are claimed with SKIP LOCKED, so each event is handled once).
 */
@ApplicationScoped
public class ForumFanOut {

    private static final Logger LOG = Logger.getLogger(ForumFanOut.class);
    private static final int EXCERPT = 280;
    private static final int QUOTE = 1_500;
    /** After this many failures an event is set aside (logged, kept with its error) so that later posts are told. */
    private static final int MAX_ATTEMPTS = 5;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Subscriptions subscriptions;

    @Inject
    MailQuotas mailQuotas;

    @Inject
    NotificationService notifications;

    @Inject
    Mails mails;

    @Inject
    AppConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forum-fan-out");
        thread.setDaemon(true);
        return thread;
    });

    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(Post post, boolean newThread) {
        ForumEvent event = new ForumEvent();
        event.postId = post.id;
        event.newThread = newThread;
        event.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.execute(ForumFanOut.this::drain);
                }
            }
        });
    }

    @Scheduled(every = "${app.forum.fan-out-sweep}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        drain();
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }

    /** Handles every pending event; returns how many. */
    public int drain() {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        int handled = 0;
        try {
            while (true) {
                Long next = QuarkusTransaction.requiringNew().call(this::nextPending);
                if (next == null) {
                    break;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> handle(next));
                    handled++;
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Fan-out of forum event %d failed", next);
                    QuarkusTransaction.requiringNew().run(() -> recordFailure(next, e));
                }
            }
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
        return handled;
    }

    /** The oldest event not yet handled nor claimed by another worker, or null. */
    @SuppressWarnings("unchecked")
    private Long nextPending() {
        List<ForumEvent> next = em.createNativeQuery("""
                        select * from forum_event where processed_at is null
                        order by id limit 1 for update skip locked""", ForumEvent.class)
                .getResultList();
        return next.isEmpty() ? null : next.get(0).id;
    }

    private void handle(long eventId) {
        ForumEvent event = ForumEvent.findById(eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (event.processedAt != null) {
            return;
        }
        Post post = Post.findById(event.postId);
        if (post != null && post.deletedAt == null && post.hiddenAt == null) {
            tell(post, event.newThread);
        }
        event.processedAt = Instant.now();
    }

    private void recordFailure(long eventId, RuntimeException error) {
        ForumEvent event = ForumEvent.findById(eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        event.attempts++;
        event.lastError = Texts.fit(String.valueOf(error.getMessage()), 1000);
        if (event.attempts >= MAX_ATTEMPTS) {
            event.processedAt = Instant.now();
            LOG.errorf("Forum event %d set aside after %d attempts: %s", eventId, event.attempts, event.lastError);
        }
    }

    private void tell(Post post, boolean newThread) {
        ForumThread thread = ForumThread.findById(post.threadId);
        if (thread.deletedAt != null) {
            return;
        }
        Group group = Group.findById(thread.groupId);
        Category category = Category.findById(thread.categoryId);
        User author = User.findById(post.authorId);
        Map<Long, WatchLevel> threadLevels = subscriptions.chosenOnThread(thread.id);
        Map<Long, WatchLevel> categoryLevels = subscriptions.chosenOnCategory(category.id);
        Set<Long> members = new HashSet<>(em.createQuery(
                        "select m.userId from Membership m where m.groupId = :group and m.status = :active", Long.class)
                .setParameter("group", group.id)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList());

        Map<Long, NotificationType> recipients = new LinkedHashMap<>();
        for (Long member : members) {
            WatchLevel level = Subscriptions.levelOf(member, threadLevels, categoryLevels, category, newThread);
            if (member != author.id.longValue() && level == WatchLevel.WATCHING) {
                recipients.put(member, newThread ? NotificationType.THREAD_CREATED : NotificationType.POST_CREATED);
            }
        }
        Set<String> mentionedNames = Posts.mentions(post.body);
        List<Long> mentioned = new ArrayList<>();
        if (!mentionedNames.isEmpty()) {
            for (User user : User.<User>list("lower(username) in ?1 and deletedAt is null and suspended = false", mentionedNames)) {
                boolean canRead = group.visibility == Visibility.PUBLIC || members.contains(user.id);
                if (user.id.equals(author.id) || !canRead
                        || Subscriptions.levelOf(user.id, threadLevels, categoryLevels, category, newThread) == WatchLevel.MUTED
                        || !mailQuotas.mayMention(author.id)) {
                    continue;
                }
                recipients.put(user.id, NotificationType.MENTIONED);
                mentioned.add(user.id);
            }
            subscriptions.watchUnlessChosen(mentioned, thread.id);
        }
        if (recipients.isEmpty()) {
            return;
        }
        String link = "/threads/" + thread.id + "#post-" + post.id;
        List<NotificationService.Outgoing> outgoing = new ArrayList<>();
        for (User user : User.<User>list("id in ?1 and deletedAt is null and suspended = false", recipients.keySet())) {
            NotificationType type = recipients.get(user.id);
            Notice notice = switch (type) {
                case THREAD_CREATED -> Notice.threadCreated(author.displayName, thread.title, category.name);
                case POST_CREATED -> Notice.postCreated(author.displayName, thread.title);
                case MENTIONED -> Notice.mentioned(author.displayName, thread.title);
                default -> throw new IllegalStateException("Not a forum notification: " + type);
            };
            outgoing.add(new NotificationService.Outgoing(user, notice, author.id, group.id, thread.id, post.id,
                    Posts.excerpt(post.body, EXCERPT), link,
                    user.emailDigest == EmailDigest.IMMEDIATE
                            && (type != NotificationType.MENTIONED || mailQuotas.mayMailMention(user.id))
                            ? mails.activity(user.locale, user.displayName, group.name, thread.title, notice.render(user.locale),
                            Posts.excerpt(post.body, QUOTE), config.publicUrl() + link)
                            : null, null));
        }
        notifications.send(outgoing);
    }
}
