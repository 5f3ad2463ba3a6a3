package fr.entraide.admin;

import fr.entraide.accounts.Credentials;
import fr.entraide.accounts.SiteRole;
import fr.entraide.accounts.User;
import fr.entraide.admin.api.AdminGroupResponse;
import fr.entraide.admin.api.AdminUpdateUserRequest;
import fr.entraide.admin.api.AdminUserResponse;
import fr.entraide.common.audit.AuditLog;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.MemberRole;
import fr.entraide.groups.MemberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Site administration of accounts: roles and suspension. */
@ApplicationScoped
public class AdminService {

    @Inject
    Credentials credentials;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public PageResponse<AdminUserResponse> users(String q, PageParams page) {
        long after = Cursor.decodeId(page.cursor);
        String pattern = likePattern(q);
        List<User> rows = pattern == null
                ? User.<User>find("deletedAt is null and id > ?1 order by id", after).page(0, page.limit + 1).list()
                : User.<User>find("""
                        deletedAt is null and id > ?1 and (lower(email) like ?2 escape '\\'
                        or lower(username) like ?2 escape '\\' or lower(displayName) like ?2 escape '\\') order by id""", after, pattern)
                .page(0, page.limit + 1).list();
        return PageResponse.of(rows, page.limit, user -> Cursor.encode(user.id), AdminUserResponse::of);
    }

    /** Every group, private ones included, by creation, with its head counts: two queries a page. */
    public PageResponse<AdminGroupResponse> groups(String q, PageParams page) {
        long after = Cursor.decodeId(page.cursor);
        String pattern = likePattern(q);
        List<Group> rows = pattern == null
                ? Group.<Group>find("id > ?1 order by id", after).page(0, page.limit + 1).list()
                : Group.<Group>find("id > ?1 and (lower(name) like ?2 escape '\\' or slug like ?2 escape '\\') order by id", after, pattern)
                .page(0, page.limit + 1).list();
        return PageResponse.ofAll(rows, page.limit, group -> Cursor.encode(group.id), pageRows -> {
            Map<Long, long[]> counts = counts(pageRows.stream().map(g -> g.id).toList());
            return pageRows.stream().map(g -> {
                long[] c = counts.getOrDefault(g.id, new long[3]);
                return new AdminGroupResponse(g.id, g.slug, g.name, g.visibility, g.joinPolicy, c[0], c[1], c[2], g.createdAt);
            }).toList();
        });
    }

    /** Per group: active members, active coordinators, pending requests. */
    private Map<Long, long[]> counts(List<Long> groupIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        select m.groupId, m.status, m.role, count(m) from Membership m
                        where m.groupId in :ids group by m.groupId, m.status, m.role""", Object[].class)
                .setParameter("ids", groupIds)
                .getResultStream()
                .forEach(row -> {
                    long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[3]);
                    long n = (Long) row[3];
                    if (row[1] == MemberStatus.ACTIVE) {
                        c[0] += n;
                        if (row[2] == MemberRole.COORDINATOR) {
                            c[1] += n;
                        }
                    } else {
                        c[2] += n;
                    }
                });
        return counts;
    }

    private static String likePattern(String q) {
        return q == null || q.isBlank() ? null
                : "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Suspension closes every session at once: access tokens are checked against the account on each request. */
    @Transactional
    public AdminUserResponse update(long id, Caller caller, AdminUpdateUserRequest request) {
        User user = User.<User>findByIdOptional(id).filter(u -> u.deletedAt == null)
                .orElseThrow(() -> ProblemException.notFound("user.not-found", id));
        if (user.id == caller.id() && (Boolean.TRUE.equals(request.suspended()) || request.siteRole() == SiteRole.USER)) {
            throw ProblemException.conflict(null, "admin.self-demotion");
        }
        AuditLog.Target target = AuditLog.Target.siteWide("user", user.id);
        if (request.siteRole() != null && request.siteRole() != user.siteRole) {
            audit.record(caller.id(), "user.site_role_changed", target, Map.of("from", user.siteRole, "to", request.siteRole()));
            user.siteRole = request.siteRole();
        }
        if (request.suspended() != null && request.suspended() != user.suspended) {
            user.suspended = request.suspended();
            audit.record(caller.id(), user.suspended ? "user.suspended" : "user.reactivated", target);
            if (user.suspended) {
                credentials.suspended(user.id);
            }
        }
        return AdminUserResponse.of(user);
    }
}
