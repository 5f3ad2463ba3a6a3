package fr.entraide.forum;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.common.security.Caller;
import fr.entraide.files.FileLinks;
import fr.entraide.forum.api.CategoryRef;
import fr.entraide.forum.api.PostView;
import fr.entraide.forum.api.ThreadView;
import fr.entraide.groups.Group;
import fr.entraide.groups.Standing;
import fr.entraide.groups.api.GroupRef;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/** The one place that turns threads and posts into their views, with what the caller may do on each. */
@ApplicationScoped
public class ForumViews {

    static final String HIDDEN_HTML = "<p><em>Message masqué par la modération</em></p>";

    @Inject
    ForumAccess access;

    @Inject
    Subscriptions subscriptions;

    public ThreadView thread(ForumThread thread, Caller caller) {
        Group group = access.groupOf(thread.groupId);
        Category category = Category.findById(thread.categoryId);
        Long lastRead = ThreadRead.<ThreadRead>find("userId = ?1 and threadId = ?2", caller.id(), thread.id)
                .firstResultOptional().map(r -> r.lastReadPostId).orElse(null);
        return new ThreadView(thread.id, thread.title, GroupRef.of(group), CategoryRef.of(category),
                UserSummary.of(User.findById(thread.authorId)), thread.createdAt, thread.lastPostAt, thread.replyCount,
                thread.pinned, thread.locked, thread.version, subscriptions.effective(caller.id(), thread, category),
                lastRead, ForumPolicy.can(access.standing(group, Optional.of(caller)), thread.locked, thread.authorId == caller.id()));
    }

    public ThreadView anonymousThread(ForumThread thread) {
        Group group = access.groupOf(thread.groupId);
        Category category = Category.findById(thread.categoryId);
        return new ThreadView(thread.id, thread.title, GroupRef.of(group), CategoryRef.of(category),
                UserSummary.of(User.findById(thread.authorId)), thread.createdAt, thread.lastPostAt, thread.replyCount,
                thread.pinned, thread.locked, thread.version, null, null, ForumPolicy.can(Standing.VISITOR, thread.locked, false));
    }

    static PostView post(Post post, User author, Optional<Caller> caller, Standing standing,
                                 Set<Long> reportedByCaller) {
        boolean mine = caller.map(c -> c.id() == post.authorId).orElse(false);
        boolean deleted = post.deletedAt != null;
        boolean hidden = post.hiddenAt != null && !deleted;
        boolean reported = reportedByCaller.contains(post.id);
        Boolean reportedFlag = caller.isPresent() ? reported : null;
        if (hidden && !ForumPolicy.moderate(standing) && !mine) {
            return new PostView(post.id, post.threadId, UserSummary.of(author), null, HIDDEN_HTML, post.createdAt,
                    post.editedAt, post.replyToId, post.version, false, true, reportedFlag, new PostCan(false, false));
        }
        return new PostView(post.id, post.threadId, UserSummary.of(author), post.body,
                Arc.container().instance(FileLinks.class).get().forReaders(post.html), post.createdAt,
                post.editedAt, post.replyToId, post.version, deleted, hidden, reportedFlag,
                ForumPolicy.can(standing, mine, deleted, reported));
    }
}
