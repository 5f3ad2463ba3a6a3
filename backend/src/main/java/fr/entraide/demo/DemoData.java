package fr.entraide.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.entraide.accounts.User;
import fr.entraide.common.StartupLock;
import fr.entraide.common.config.AppConfig;
import fr.entraide.forum.Category;
import fr.entraide.forum.DefaultCategories;
import fr.entraide.forum.ForumThread;
import fr.entraide.forum.MarkdownRenderer;
import fr.entraide.forum.Post;
import fr.entraide.forum.Subscription;
import fr.entraide.forum.WatchLevel;
import fr.entraide.groups.Group;
import fr.entraide.groups.MemberRole;
import fr.entraide.groups.Membership;
import fr.entraide.roadmap.ActionStatus;
import fr.entraide.roadmap.Axis;
import fr.entraide.roadmap.RoadmapAction;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The working group of the founding forum thread, with its people as demo accounts, its six categories and its
 * real posts, loaded into an empty database when APP_DEMO_ENABLED=true (always in the dev profile).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String RESOURCE = "demo/mediatheques-tiers-lieux.json";
    public static final String EMAIL_DOMAIN = "@demo.entraide.local";

    record DemoUser(String username, String displayName, String role, String bio) {
    }

    record DemoPost(String author, Instant at, String body, Integer replyTo) {
    }

    record DemoThread(String category, String title, boolean pinned, List<DemoPost> posts) {
    }

    record DemoGroup(String slug, String name, String description) {
    }

    record DemoAction(String title, ActionStatus status) {
    }

    record DemoAxis(String title, String description, List<DemoAction> actions) {
    }

    record DemoFile(DemoGroup group, List<DemoUser> users, List<DemoThread> threads, List<DemoAxis> roadmap) {
    }

    @Inject
    AppConfig config;

    /** The demo file is our own content, not a request: read it without the API's rules on request texts. */
    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Inject
    MarkdownRenderer markdown;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        StartupLock.hold("demo");
        if (Group.count() > 0) {
            LOG.info("Demo data not loaded: the database already has groups");
            return;
        }
        load();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void load() {
        DemoFile demo = read();
        Group group = new Group();
        group.slug = demo.group().slug();
        group.name = demo.group().name();
        group.description = demo.group().description();
        group.persist();
        DefaultCategories.createFor(group.id);

        String passwordHash = BcryptUtil.bcryptHash(config.demo().password());
        Map<String, User> users = new HashMap<>();
        for (DemoUser demoUser : demo.users()) {
            User user = new User();
            user.username = demoUser.username();
            user.email = demoUser.username().toLowerCase(Locale.ROOT).replace('_', '.') + EMAIL_DOMAIN;
            user.displayName = demoUser.displayName();
            user.bio = demoUser.bio();
            user.passwordHash = passwordHash;
            user.emailVerified = true;
            user.createdAt = Instant.parse("2023-01-15T09:00:00Z");
            user.persist();
            users.put(user.username, user);
            Membership membership = new Membership();
            membership.groupId = group.id;
            membership.userId = user.id;
            membership.role = MemberRole.valueOf(demoUser.role());
            membership.joinedAt = user.createdAt;
            membership.persist();
        }
        for (DemoThread demoThread : demo.threads()) {
            thread(group, demoThread, users);
        }
        roadmap(group, demo.roadmap(), users.get(demo.users().get(0).username()));
        LOG.infof("Demo data loaded: %s with %d members, %d threads and its roadmap (password of the demo accounts: APP_DEMO_PASSWORD)",
                group.name, users.size(), demo.threads().size());
    }

    /** The three axes and their actions as the coordinators posted them, each action with its discussion thread. */
    private void roadmap(Group group, List<DemoAxis> axes, User coordinator) {
        Instant publishedAt = Instant.parse("2023-10-17T08:15:00Z");
        for (int a = 0; a < axes.size(); a++) {
            DemoAxis demoAxis = axes.get(a);
            Axis axis = new Axis();
            axis.groupId = group.id;
            axis.title = demoAxis.title();
            axis.description = demoAxis.description();
            axis.position = a + 1;
            axis.persist();
            for (int i = 0; i < demoAxis.actions().size(); i++) {
                DemoAction demoAction = demoAxis.actions().get(i);
                RoadmapAction action = new RoadmapAction();
                action.groupId = group.id;
                action.axisId = axis.id;
                action.title = demoAction.title();
                action.status = demoAction.status();
                action.position = i + 1;
                action.createdAt = publishedAt;
                action.updatedAt = publishedAt;
                action.persist();
                String body = "Discussion de l'action « " + action.title + " » de l'axe *" + axis.title + "* : [voir l'action dans la feuille de route]("
                        + config.publicUrl() + "/groups/" + group.slug + "/roadmap/actions/" + action.id + ").";
                action.threadId = thread(group, new DemoThread("feuille-de-route", action.title, false,
                        List.of(new DemoPost(coordinator.username, publishedAt, body, null))), Map.of(coordinator.username, coordinator)).id;
            }
        }
    }

    private ForumThread thread(Group group, DemoThread demoThread, Map<String, User> users) {
        Category category = Category.bySlug(group.id, demoThread.category()).orElseThrow();
        List<DemoPost> demoPosts = demoThread.posts();
        ForumThread thread = new ForumThread();
        thread.groupId = group.id;
        thread.categoryId = category.id;
        thread.authorId = users.get(demoPosts.get(0).author()).id;
        thread.title = demoThread.title();
        thread.pinned = demoThread.pinned();
        thread.createdAt = demoPosts.get(0).at();
        thread.lastPostAt = demoPosts.get(demoPosts.size() - 1).at();
        thread.replyCount = demoPosts.size() - 1;
        thread.persist();
        List<Post> posts = new ArrayList<>();
        for (DemoPost demoPost : demoPosts) {
            Post post = new Post();
            post.threadId = thread.id;
            post.authorId = users.get(demoPost.author()).id;
            post.body = demoPost.body();
            post.html = markdown.toHtml(demoPost.body());
            post.createdAt = demoPost.at();
            post.replyToId = demoPost.replyTo() == null ? null : posts.get(demoPost.replyTo()).id;
            post.persist();
            posts.add(post);
        }
        posts.stream().map(p -> p.authorId).distinct().forEach(authorId -> {
            Subscription watch = new Subscription();
            watch.userId = authorId;
            watch.threadId = thread.id;
            watch.level = WatchLevel.WATCHING;
            watch.persist();
        });
        return thread;
    }

    private DemoFile read() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return mapper.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
