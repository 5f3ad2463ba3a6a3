package fr.entraide.audit;

import fr.entraide.accounts.User;
import fr.entraide.audit.api.AuditEntryView;
import fr.entraide.common.audit.AuditEntry;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Reading the audit log, newest first: a group's entries for its coordinators, everything for site admins. */
@ApplicationScoped
public class AuditService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    public PageResponse<AuditEntryView> ofGroup(String slug, Caller caller, PageParams page) {
        Group group = groups.readable(slug, Optional.of(caller));
        groups.requireCoordinator(group, caller);
        return page(group.id, page);
    }

    public PageResponse<AuditEntryView> all(PageParams page) {
        return page(null, page);
    }

    /** One query per page: entries with their actor and group (outer joins: the system has no actor). */
    private PageResponse<AuditEntryView> page(Long groupId, PageParams page) {
        long before = page.cursor == null || page.cursor.isBlank() ? Long.MAX_VALUE : Cursor.decodeId(page.cursor);
        String onlyGroup = groupId == null ? "" : " and e.groupId = :group";
        TypedQuery<Object[]> query = em.createQuery("""
                        select e, a, g from AuditEntry e
                        left join User a on a.id = e.actorId
                        left join Group g on g.id = e.groupId
                        where e.id < :before %s
                        order by e.id desc""".formatted(onlyGroup), Object[].class)
                .setParameter("before", before);
        if (groupId != null) {
            query.setParameter("group", groupId);
        }
        List<Object[]> rows = query.setMaxResults(page.limit + 1).getResultList();
        return PageResponse.of(rows, page.limit, row -> Cursor.encode(((AuditEntry) row[0]).id),
                row -> AuditEntryView.of((AuditEntry) row[0], (User) row[1], (Group) row[2]));
    }
}
