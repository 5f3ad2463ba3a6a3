package fr.entraide.forum;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Category;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Who may read, write and moderate in a group's forum. */
@ApplicationScoped
public class ForumAccess {

    @Inject
    GroupAccess groups;

    /** A thread the caller may read: deleted threads and those of a group they cannot see are 404. */
    public ForumThread readableThread(long threadId, Optional<Caller> caller) {
        ForumThread thread = ForumThread.<ForumThread>findByIdOptional(threadId)
                .filter(t -> t.deletedAt == null)
                .orElseThrow(() -> ProblemException.notFound("thread.not-found", threadId));
        groups.readable(Group.<Group>findById(thread.groupId), caller);
        return thread;
    }

    public Category readableCategory(long categoryId, Optional<Caller> caller) {
        Category category = Category.<Category>findByIdOptional(categoryId)
                .orElseThrow(() -> ProblemException.notFound("category.not-found", categoryId));
        groups.readable(Group.<Group>findById(category.groupId), caller);
        return category;
    }

    public Category categoryOf(Group group, String slug, String field) {
        return Category.<Category>find("groupId = ?1 and slug = ?2", group.id, slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid(field, "category.unknown-slug", slug));
    }

    /** Writing needs a verified e-mail and an active membership. */
    public void requireWriter(Group group, Caller caller) {
        groups.requireActiveMember(group, caller);
    }

    public boolean isActiveMember(Group group, Caller caller) {
        return Membership.of(group.id, caller.id()).filter(m -> m.status == MemberStatus.ACTIVE).isPresent();
    }

    /**
     * Editing or deleting one's own post or thread needs an active membership still (someone who left or was removed
     * no longer changes what they wrote there); coordinators and site admins moderate anything.
     */
    public boolean canChange(Group group, Caller caller, long authorId, boolean moderator) {
        return mayChange(moderator, authorId == caller.id(), moderator || isActiveMember(group, caller));
    }

    /** The same rule once the caller's standing is known (the views' {@code canEdit}). */
    static boolean mayChange(boolean moderator, boolean author, boolean activeMember) {
        return moderator || author && activeMember;
    }

    public boolean canModerate(Group group, Caller caller) {
        return groups.isCoordinatorOrAdmin(group, caller);
    }

    public void requireModerator(Group group, Caller caller) {
        groups.requireCoordinator(group, caller);
    }

    public Group groupOf(long groupId) {
        return Group.findById(groupId);
    }

    public Group readableGroup(String slug, Optional<Caller> caller) {
        return groups.readable(slug, caller);
    }
}
