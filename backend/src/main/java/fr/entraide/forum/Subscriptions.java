package fr.entraide.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bell: chosen levels and how a thread's level is derived when none was chosen for it. */
@ApplicationScoped
public class Subscriptions {

    @Inject
    EntityManager em;

    public Optional<WatchLevel> ofThread(long userId, long threadId) {
        return Subscription.<Subscription>find("userId = ?1 and threadId = ?2", userId, threadId)
                .firstResultOptional().map(s -> s.level);
    }

    public WatchLevel ofCategory(long userId, Category category) {
        return Subscription.<Subscription>find("userId = ?1 and categoryId = ?2", userId, category.id)
                .firstResultOptional().map(s -> s.level).orElse(category.defaultSubscription);
    }

    /** The level that applies to a member for a thread: the thread's own, else what the category's means for it. */
    public WatchLevel effective(long userId, ForumThread thread, Category category) {
        return ofThread(userId, thread.id).orElseGet(() -> ofCategory(userId, category).forThread(false));
    }

    /** Chosen category levels of one member for several categories, in one query. */
    public Map<Long, WatchLevel> ofCategories(long userId, Collection<Long> categoryIds) {
        if (categoryIds.isEmpty()) {
            return Map.of();
        }
        return Subscription.<Subscription>list("userId = ?1 and categoryId in ?2", userId, categoryIds).stream()
                .collect(Collectors.toMap(s -> s.categoryId, s -> s.level));
    }

    /** Chosen levels of every member on a thread, and on its category. */
    public Map<Long, WatchLevel> chosenOnThread(long threadId) {
        return Subscription.<Subscription>list("threadId", threadId).stream()
                .collect(Collectors.toMap(s -> s.userId, s -> s.level));
    }

    public Map<Long, WatchLevel> chosenOnCategory(long categoryId) {
        return Subscription.<Subscription>list("categoryId", categoryId).stream()
                .collect(Collectors.toMap(s -> s.userId, s -> s.level));
    }

    /** A member's level for a thread, from the chosen levels of the thread and of its category. */
    public static WatchLevel levelOf(long userId, Map<Long, WatchLevel> threadLevels, Map<Long, WatchLevel> categoryLevels,
                                     Category category, boolean firstPost) {
        return levelOf(threadLevels.get(userId), categoryLevels.get(userId), category, firstPost);
    }

    /** A level from the one chosen for the thread, else from the one chosen for its category, else the category's default. */
    public static WatchLevel levelOf(WatchLevel chosenForThread, WatchLevel chosenForCategory, Category category, boolean firstPost) {
        return chosenForThread != null ? chosenForThread
                : (chosenForCategory != null ? chosenForCategory : category.defaultSubscription).forThread(firstPost);
    }

    /** Those of {@code members} who watch the thread. */
    public Set<Long> watching(ForumThread thread, Category category, Collection<Long> members) {
        Map<Long, WatchLevel> threadLevels = chosenOnThread(thread.id);
        Map<Long, WatchLevel> categoryLevels = chosenOnCategory(category.id);
        return members.stream()
                .filter(member -> levelOf(member, threadLevels, categoryLevels, category, false) == WatchLevel.WATCHING)
                .collect(Collectors.toSet());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setThread(long userId, long threadId, WatchLevel level) {
        set(userId, threadId, null, level);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setCategory(long userId, long categoryId, WatchLevel level) {
        set(userId, null, categoryId, level);
    }

    /** An upsert, so that two requests choosing a level at once both succeed (the last one wins). */
    private void set(long userId, Long threadId, Long categoryId, WatchLevel level) {
        String target = threadId != null ? "thread_id" : "category_id";
        em.createNativeQuery("""
                        insert into subscription (user_id, %1$s, level, updated_at) values (:user, :target, :level, now())
                        on conflict on constraint %2$s do update set level = excluded.level, updated_at = now()"""
                        .formatted(target, threadId != null ? "ux_subscription_thread" : "ux_subscription_category"))
                .setParameter("user", userId)
                .setParameter("target", threadId != null ? threadId : categoryId)
                .setParameter("level", level.name())
                .executeUpdate();
    }

    /** Authors and mentioned members watch the thread, unless they already chose a level for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void watchUnlessChosen(Collection<Long> userIds, long threadId) {
        if (userIds.isEmpty()) {
            return;
        }
        List<Long> chosen = Subscription.<Subscription>list("threadId = ?1 and userId in ?2", threadId, userIds).stream()
                .map(s -> s.userId).toList();
        for (Long userId : userIds) {
            if (!chosen.contains(userId)) {
                setThread(userId, threadId, WatchLevel.WATCHING);
            }
        }
    }
}
