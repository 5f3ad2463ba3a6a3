package fr.entraide.groups;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.api.CreateGroupRequest;
import fr.entraide.groups.api.GroupResponse;
import fr.entraide.groups.api.UpdateGroupRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class GroupService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess access;

    @Inject
    Event<GroupCreated> groupCreated;

    /** Groups the caller may see, by name; three queries whatever the page size. */
    public PageResponse<GroupResponse> list(Optional<Caller> caller, PageParams page) {
        List<String> after = Cursor.decode(page.cursor, 2);
        String afterName = after.isEmpty() ? "" : after.get(0);
        long afterId = after.isEmpty() ? 0 : parseId(after.get(1));
        List<Group> rows = em.createQuery("""
                        select g from Group g
                        where (g.visibility = :public or :admin = true or exists (
                                 select 1 from Membership m where m.groupId = g.id and m.userId = :user and m.status = :active))
                          and (lower(g.name) > :afterName or (lower(g.name) = :afterName and g.id > :afterId))
                        order by lower(g.name), g.id""", Group.class)
                .setParameter("public", Visibility.PUBLIC)
                .setParameter("admin", caller.map(Caller::isAdmin).orElse(false))
                .setParameter("user", caller.map(Caller::id).orElse(-1L))
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("afterName", afterName)
                .setParameter("afterId", afterId)
                .setMaxResults(page.limit + 1)
                .getResultList();
        List<Group> shown = rows.size() > page.limit ? rows.subList(0, page.limit) : rows;
        Map<Long, Long> counts = memberCounts(shown.stream().map(g -> g.id).toList());
        Map<Long, Membership> mine = caller.map(c -> myMemberships(c.id(), shown.stream().map(g -> g.id).toList()))
                .orElse(Map.of());
        return PageResponse.of(rows, page.limit, g -> Cursor.encode(g.name.toLowerCase(), g.id),
                g -> GroupResponse.of(g, counts.getOrDefault(g.id, 0L), mine.get(g.id), caller));
    }

    public GroupResponse get(String slug, Optional<Caller> caller) {
        return toResponse(access.readable(slug, caller), caller);
    }

    @Transactional
    public GroupResponse create(Caller caller, CreateGroupRequest request) {
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.name());
        if (slug.isEmpty()) {
            throw ProblemException.invalid("slug", "group.slug-required");
        }
        if (Group.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("slug", "group.slug-taken", slug);
        }
        Group group = new Group();
        group.slug = slug;
        group.name = request.name().strip();
        group.description = request.description() == null ? "" : request.description().strip();
        group.visibility = request.visibility() == null ? Visibility.PUBLIC : request.visibility();
        group.joinPolicy = request.joinPolicy() == null ? JoinPolicy.OPEN : request.joinPolicy();
        group.persist();
        groupCreated.fire(new GroupCreated(group.id));
        Membership creator = new Membership();
        creator.groupId = group.id;
        creator.userId = caller.id();
        creator.role = MemberRole.COORDINATOR;
        creator.persist();
        return GroupResponse.of(group, 1, creator, Optional.of(caller));
    }

    @Transactional
    public GroupResponse update(String slug, Caller caller, UpdateGroupRequest request) {
        Group group = access.readable(slug, Optional.of(caller));
        access.requireCoordinator(group, caller);
        Patch.requireVersion(request.version(), group.version);
        Patch.requiredText(request.name(), "name", "common.name-blank", value -> group.name = value);
        Patch.text(request.description(), value -> group.description = value);
        if (request.visibility() != null) {
            group.visibility = request.visibility();
        }
        if (request.joinPolicy() != null) {
            group.joinPolicy = request.joinPolicy();
        }
        em.flush();
        return toResponse(group, Optional.of(caller));
    }

    private GroupResponse toResponse(Group group, Optional<Caller> caller) {
        Membership mine = caller.flatMap(c -> Membership.of(group.id, c.id())).orElse(null);
        return GroupResponse.of(group, memberCounts(List.of(group.id)).getOrDefault(group.id, 0L), mine, caller);
    }

    private Map<Long, Long> memberCounts(List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select m.groupId, count(m) from Membership m
                        where m.groupId in :groups and m.status = :active group by m.groupId""", Object[].class)
                .setParameter("groups", groupIds)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static Map<Long, Membership> myMemberships(long userId, List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return Membership.<Membership>list("userId = ?1 and groupId in ?2", userId, groupIds).stream()
                .collect(Collectors.toMap(m -> m.groupId, Function.identity()));
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "request.invalid-cursor");
        }
    }
}
