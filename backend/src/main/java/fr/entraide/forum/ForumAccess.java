package fr.entraide.forum;

import fr.entraide.common.cache.ReadCache;
import fr.entraide.common.cache.ReadCaches;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.GroupSnapshot;
import fr.entraide.groups.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Who may read, write and moderate in a group's forum. */
@ApplicationScoped
public class ForumAccess {

    private record CategorySlug(long groupId, String slug) {
    }

    @Inject
    GroupAccess groups;

    private final ReadCache<CategorySlug, Long> categoryIds = ReadCaches.create(1_000);

    /** A thread the caller may read: deleted threads and those of a group they cannot see are 404. */
    public ForumThread readableThread(long threadId, Optional<Caller> caller) {
        ForumThread thread = ForumThread.<ForumThread>findByIdOptional(threadId)
                .filter(t -> t.deletedAt == null)
                .orElseThrow(() -> ProblemException.notFound("thread.not-found", threadId));
        groups.readableSnapshot(thread.groupId, caller);
        return thread;
    }

    public Category readableCategory(long categoryId, Optional<Caller> caller) {
        Category category = Category.<Category>findByIdOptional(categoryId)
                .orElseThrow(() -> ProblemException.notFound("category.not-found", categoryId));
        groups.readableSnapshot(category.groupId, caller);
        return category;
    }

    public Category categoryOf(Group group, String slug, String field) {
        return Category.bySlug(group.id, slug)
                .orElseThrow(() -> ProblemException.invalid(field, "category.unknown-slug", slug));
    }

    /** The id of one of the group's categories (kept in {@link ReadCaches}); a 400 on {@code field} if none. */
    public long categoryIdOf(long groupId, String slug, String field) {
        return categoryIds.get(new CategorySlug(groupId, slug), () -> Category.bySlug(groupId, slug).map(category -> category.id))
                .orElseThrow(() -> ProblemException.invalid(field, "category.unknown-slug", slug));
    }

    /** The caller's standing in a group, which {@link ForumPolicy} decides from. */
    public Standing standing(Group group, Optional<Caller> caller) {
        return groups.standing(group, caller);
    }

    public Standing standing(long groupId, Optional<Caller> caller) {
        return groups.standing(groupId, caller);
    }

    public void requireWriter(Group group, Caller caller) {
        GroupAccess.membersOnly(ForumPolicy.write(standing(group, Optional.of(caller))), group);
    }

    public boolean canModerate(Group group, Caller caller) {
        return ForumPolicy.moderate(standing(group, Optional.of(caller)));
    }

    public void requireModerator(Group group, Caller caller) {
        GroupAccess.coordinatorsOnly(canModerate(group, caller), group);
    }

    public Group groupOf(long groupId) {
        return Group.findById(groupId);
    }

    public Group readableGroup(String slug, Optional<Caller> caller) {
        return groups.readable(slug, caller);
    }

    /** The same for the read paths: no query once cached. */
    public GroupSnapshot readableGroupSnapshot(String slug, Optional<Caller> caller) {
        return groups.readableSnapshot(slug, caller);
    }
}
