package fr.entraide.support;

import fr.entraide.accounts.SiteRole;
import fr.entraide.accounts.User;
import fr.entraide.common.security.AccessTokens;
import fr.entraide.forum.ForumEvent;
import fr.entraide.forum.ForumFanOut;
import fr.entraide.groups.Group;
import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.Membership;
import fr.entraide.groups.Visibility;
import fr.entraide.mail.OutboxSender;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;

/** Builds the data each test needs: users straight in the database, groups through the API. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    AccessTokens accessTokens;

    @Inject
    OutboxSender outboxSender;

    @Inject
    ForumFanOut forumFanOut;

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
    }

    public TestUser verifiedUser() {
        return user(true, SiteRole.USER);
    }

    public TestUser unverifiedUser() {
        return user(false, SiteRole.USER);
    }

    public TestUser admin() {
        return user(true, SiteRole.ADMIN);
    }

    private TestUser user(boolean verified, SiteRole role) {
        String username = unique("u");
        String email = username + "@exemple.test";
        long id = QuarkusTransaction.requiringNew().call(() -> {
            User user = new User();
            user.email = email;
            user.username = username;
            user.displayName = "Membre " + username;
            user.passwordHash = PASSWORD_HASH;
            user.emailVerified = verified;
            user.siteRole = role;
            user.persist();
            return user.id;
        });
        return new TestUser(id, email, username, PASSWORD, accessTokens.issue(id, username));
    }

    /** A group created by a fresh admin, who is therefore its coordinator. */
    public String group(TestUser admin, Visibility visibility, JoinPolicy joinPolicy) {
        String slug = unique("gt-");
        Api.as(admin)
                .body(Map.of("name", "Groupe " + slug, "slug", slug, "description", "Un groupe de test",
                        "visibility", visibility.name(), "joinPolicy", joinPolicy.name()))
                .post("/groups")
                .then().statusCode(201).body("slug", equalTo(slug));
        return slug;
    }

    /**
     * A group whose only coordinator is an ordinary verified member, the way it happens for real: a site admin creates
     * it, makes that member a coordinator and leaves. Rules that coordinators enjoy then run on the membership path,
     * not on the site admin's pass.
     */
    public TestGroup coordinatedGroup(Visibility visibility, JoinPolicy joinPolicy) {
        return coordinatedGroup(verifiedUser(), visibility, joinPolicy);
    }

    /** {@link #coordinatedGroup(Visibility, JoinPolicy)}, coordinated by that member (who may coordinate others). */
    public TestGroup coordinatedGroup(TestUser coordinator, Visibility visibility, JoinPolicy joinPolicy) {
        TestUser admin = admin();
        String slug = group(admin, visibility, joinPolicy);
        addMember(coordinator, slug);
        Api.as(admin).body(Map.of("role", "COORDINATOR"))
                .patch("/groups/{slug}/members/{userId}", slug, coordinator.id())
                .then().statusCode(200).body("role", equalTo("COORDINATOR"));
        Api.as(admin).delete("/groups/{slug}/members/{userId}", slug, admin.id()).then().statusCode(204);
        return new TestGroup(slug, coordinator);
    }

    /** An open group coordinated by a member, with one more active member. */
    public GroupWithMember groupWithMember(Visibility visibility) {
        TestGroup group = coordinatedGroup(visibility, JoinPolicy.OPEN);
        TestUser member = verifiedUser();
        addMember(member, group.slug());
        return new GroupWithMember(group, member);
    }

    /** Makes someone an active member directly, as an accepted invitation would (private groups cannot be joined). */
    public void addMember(TestUser user, String slug) {
        QuarkusTransaction.requiringNew().run(() -> {
            Membership membership = new Membership();
            membership.groupId = Group.findBySlug(slug).orElseThrow().id;
            membership.userId = user.id();
            membership.persist();
        });
    }

    public void join(TestUser user, String slug) {
        Api.as(user).post("/groups/{slug}/members", slug).then().statusCode(201);
    }

    public int sendMail() {
        return outboxSender.sendDue();
    }

    /** Waits until every new post has been fanned out to its watchers (the fan-out runs after commit). */
    public void settleForum() {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            forumFanOut.drain();
            long pending = QuarkusTransaction.requiringNew().call(() -> ForumEvent.count("processedAt is null"));
            if (pending == 0) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(pending + " forum events still pending");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Opens a thread through the API and returns its id. */
    public long thread(TestUser author, String slug, String category, String title, String body) {
        return Api.as(author).body(Map.of("category", category, "title", title, "body", body))
                .post("/groups/{slug}/threads", slug)
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    public long reply(TestUser author, long threadId, String body) {
        return Api.as(author).body(Map.of("body", body)).post("/threads/{id}/posts", threadId)
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }
}
