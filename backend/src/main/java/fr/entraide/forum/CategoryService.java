package fr.entraide.forum;

import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.forum.api.CategoryView;
import fr.entraide.forum.api.CreateCategoryRequest;
import fr.entraide.forum.api.LevelResponse;
import fr.entraide.forum.api.UpdateCategoryRequest;
import fr.entraide.groups.Group;
import fr.entraide.groups.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A group's forum sections ("rubriques"), their counts and bells. */
@ApplicationScoped
public class CategoryService {

    @Inject
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    Subscriptions subscriptions;

    @Inject
    AuditLog audit;

    public PageResponse<CategoryView> list(String slug, Optional<Caller> caller) {
        Group group = access.readableGroup(slug, caller);
        List<Category> categories = Category.list("groupId = ?1 order by position, id", group.id);
        Map<Long, Long> counts = em.createQuery("""
                        select t.categoryId, count(t) from ForumThread t
                        where t.groupId = :group and t.deletedAt is null group by t.categoryId""", Object[].class)
                .setParameter("group", group.id)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        Map<Long, WatchLevel> chosen = caller.map(c -> subscriptions.ofCategories(c.id(), categories.stream().map(k -> k.id).toList()))
                .orElse(Map.of());
        List<CategoryView> items = categories.stream()
                .map(category -> view(category, counts.getOrDefault(category.id, 0L),
                        caller.isEmpty() ? null : chosen.getOrDefault(category.id, category.defaultSubscription)))
                .toList();
        return new PageResponse<>(items, null);
    }

    @Transactional
    public CategoryView create(String slug, Caller caller, CreateCategoryRequest request) {
        Group group = access.readableGroup(slug, Optional.of(caller));
        access.requireModerator(group, caller);
        String categorySlug = request.slug() != null ? request.slug() : Slugs.of(request.name());
        if (categorySlug.isEmpty()) {
            throw ProblemException.invalid("slug", "category.slug-required");
        }
        if (Category.bySlug(group.id, categorySlug).isPresent()) {
            throw ProblemException.conflict("slug", "category.slug-taken", categorySlug);
        }
        Category category = new Category();
        category.groupId = group.id;
        category.slug = categorySlug;
        category.name = request.name().strip();
        category.description = request.description() == null ? "" : request.description().strip();
        category.position = (int) Category.count("groupId", group.id) + 1;
        category.persist();
        return view(category, 0, category.defaultSubscription);
    }

    @Transactional
    public CategoryView update(long id, Caller caller, UpdateCategoryRequest request) {
        Category category = access.readableCategory(id, Optional.of(caller));
        access.requireModerator(access.groupOf(category.groupId), caller);
        Patch.requiredText(request.name(), "name", "common.name-blank", value -> category.name = value);
        Patch.text(request.description(), value -> category.description = value);
        if (request.position() != null) {
            category.position = request.position();
        }
        return view(category, ForumThread.count("categoryId = ?1 and deletedAt is null", category.id),
                subscriptions.ofCategory(caller.id(), category));
    }

    @Transactional
    public void delete(long id, Caller caller) {
        Category category = access.readableCategory(id, Optional.of(caller));
        access.requireModerator(access.groupOf(category.groupId), caller);
        if (ForumThread.count("categoryId", category.id) > 0) {
            throw ProblemException.conflict(null, "category.not-empty");
        }
        Subscription.delete("categoryId", category.id);
        category.delete();
        audit.record(caller.id(), "category.deleted", AuditLog.Target.inGroup(category.groupId, "category", category.id),
                Map.of("slug", category.slug, "name", category.name));
    }

    @Transactional
    public LevelResponse subscribe(long id, Caller caller, WatchLevel level) {
        Category category = access.readableCategory(id, Optional.of(caller));
        subscriptions.setCategory(caller.id(), category.id, level);
        return new LevelResponse(level);
    }

    @Transactional
    public LevelResponse setDefault(String slug, long id, Caller caller, WatchLevel level) {
        Group group = access.readableGroup(slug, Optional.of(caller));
        access.requireModerator(group, caller);
        Category category = Category.<Category>find("id = ?1 and groupId = ?2", id, group.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("category.not-found-in-group", id));
        category.defaultSubscription = level;
        return new LevelResponse(level);
    }

    private static CategoryView view(Category category, long threadCount, WatchLevel mine) {
        return new CategoryView(category.id, category.slug, category.name, category.description, category.position,
                threadCount, mine, category.defaultSubscription);
    }
}
