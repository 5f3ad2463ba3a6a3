package fr.entraide.library;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.files.FileService;
import fr.entraide.files.FileViews;
import fr.entraide.files.StoredFile;
import fr.entraide.forum.Category;
import fr.entraide.forum.ForumThread;
import fr.entraide.forum.ThreadService;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.Standing;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.library.api.LibraryEntryRequest;
import fr.entraide.library.api.LibraryEntryUpdate;
import fr.entraide.library.api.LibraryEntryView;
import fr.entraide.roadmap.RoadmapAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's library: members add publications and tools (a link or an attached file of the group, a licence,
 * themes, links to roadmap actions and places), each with a discussion thread in the "publications" category when
 * the group has it. Entries in open access are public, with their licence, even in a private group.
 */
@ApplicationScoped
public class LibraryService {

    /** The default category where entries are discussed (see the glossary's six categories). */
    static final String DISCUSSION_CATEGORY = "publications";
    static final int EXPORT_MAX = 1000;

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    FileService files;

    @Inject
    FileViews fileViews;

    @Inject
    ThreadService threads;

    /** The entries matching the filters, newest first; {@code q} is the French full-text search. */
    @Transactional
    public PageResponse<LibraryEntryView> list(String slug, Optional<Caller> caller, String q, LibraryKind kind,
                                               String theme, PageParams page) {
        Group group = groups.readable(slug, caller);
        long before = page.cursor == null ? Long.MAX_VALUE : Cursor.decodeId(page.cursor);
        List<LibraryEntry> rows = find(group.id, q, kind, theme, before, page.limit + 1);
        Standing standing = groups.standing(group, caller);
        return PageResponse.of(rows, page.limit, e -> Cursor.encode(e.id), e -> view(e, group, standing, caller));
    }

    /** Every entry matching the filters (at most {@value #EXPORT_MAX}), for the exports. */
    @Transactional
    public List<LibraryEntryView> export(String slug, Optional<Caller> caller, String q, LibraryKind kind, String theme) {
        Group group = groups.readable(slug, caller);
        Standing standing = groups.standing(group, caller);
        return find(group.id, q, kind, theme, Long.MAX_VALUE, EXPORT_MAX).stream()
                .map(e -> view(e, group, standing, caller)).toList();
    }

    private List<LibraryEntry> find(long groupId, String q, LibraryKind kind, String theme, long before, int limit) {
        StringBuilder sql = new StringBuilder("select id from library_entry where group_id = :group and id < :before");
        Map<String, Object> parameters = new HashMap<>(Map.of("group", groupId, "before", before));
        if (q != null && !q.isBlank()) {
            sql.append(" and search @@ websearch_to_tsquery('french_unaccent', :q)");
            parameters.put("q", q.strip());
        }
        if (kind != null) {
            sql.append(" and kind = :kind");
            parameters.put("kind", kind.name());
        }
        if (theme != null && !theme.isBlank()) {
            sql.append(" and :theme = any(themes)");
            parameters.put("theme", theme.strip());
        }
        Query query = em.createNativeQuery(sql.append(" order by id desc").toString(), Long.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return LibraryEntry.<LibraryEntry>list("id in ?1", ids).stream()
                .sorted(Comparator.comparing((LibraryEntry e) -> e.id).reversed()).toList();
    }

    @Transactional
    public LibraryEntryView create(String slug, Caller caller, LibraryEntryRequest request) {
        Group group = groups.readable(slug, Optional.of(caller));
        Standing standing = groups.standing(group, Optional.of(caller));
        GroupAccess.membersOnly(LibraryPolicy.add(standing), group);
        LibraryEntry entry = new LibraryEntry();
        entry.groupId = group.id;
        entry.addedBy = caller.id();
        entry.title = request.title().strip();
        entry.kind = request.kind();
        entry.authors = cleaned(request.authors());
        entry.year = request.year();
        entry.url = url(request.url());
        entry.summary = request.summary() == null ? "" : request.summary().strip();
        entry.fileId = request.fileId() == null ? null : files.attachable(request.fileId(), group.id, "fileId").id;
        entry.licence = request.licence();
        entry.themes = cleaned(request.themes());
        entry.openAccess = Boolean.TRUE.equals(request.openAccess());
        entry.actionIds = actions(group, request.actionIds());
        entry.placeIds = request.placeIds() == null ? new Long[0] : new LinkedHashSet<>(request.placeIds()).toArray(Long[]::new);
        if (Category.count("groupId = ?1 and slug = ?2", group.id, DISCUSSION_CATEGORY) > 0) {
            ForumThread thread = threads.openFor(group, DISCUSSION_CATEGORY, caller, entry.title,
                    "Discussion de l'entrée de la bibliothèque **" + entry.title.replace("*", "\\*") + "**"
                            + (entry.summary.isEmpty() ? "." : " :\n\n" + entry.summary));
            entry.threadId = thread.id;
        }
        entry.persist();
        return view(entry, group, standing, Optional.of(caller));
    }

    /** An entry: for the readers of its group, and for everyone when it is in open access. */
    @Transactional
    public LibraryEntryView get(long id, Optional<Caller> caller) {
        LibraryEntry entry = found(id);
        Group group = Group.findById(entry.groupId);
        if (!entry.openAccess) {
            readable(group, caller, id);
        }
        return view(entry, group, groups.standing(group, caller), caller);
    }

    @Transactional
    public LibraryEntryView update(long id, Caller caller, LibraryEntryUpdate request) {
        LibraryEntry entry = found(id);
        Group group = readable(Group.findById(entry.groupId), Optional.of(caller), id);
        Standing standing = groups.standing(group, Optional.of(caller));
        requireEditor(entry, group, standing, caller);
        Patch.requireVersion(request.version(), entry.version);
        Patch.requiredText(request.title(), "title", "common.title-blank", v -> entry.title = v);
        Patch.text(request.summary(), v -> entry.summary = v);
        if (request.kind() != null) {
            entry.kind = request.kind();
        }
        if (request.authors() != null) {
            entry.authors = cleaned(request.authors());
        }
        if (request.year() != null) {
            entry.year = request.year();
        }
        if (request.url() != null) {
            entry.url = url(request.url());
        }
        if (request.fileId() != null) {
            entry.fileId = request.fileId() == 0 ? null : files.attachable(request.fileId(), group.id, "fileId").id;
        }
        if (request.licence() != null) {
            entry.licence = request.licence();
        }
        if (request.themes() != null) {
            entry.themes = cleaned(request.themes());
        }
        if (request.openAccess() != null) {
            entry.openAccess = request.openAccess();
        }
        if (request.actionIds() != null) {
            entry.actionIds = actions(group, request.actionIds());
        }
        if (request.placeIds() != null) {
            entry.placeIds = new LinkedHashSet<>(request.placeIds()).toArray(Long[]::new);
        }
        entry.updatedAt = Instant.now();
        em.flush();
        return view(entry, group, standing, Optional.of(caller));
    }

    @Transactional
    public void delete(long id, Caller caller) {
        LibraryEntry entry = found(id);
        Group group = readable(Group.findById(entry.groupId), Optional.of(caller), id);
        requireEditor(entry, group, groups.standing(group, Optional.of(caller)), caller);
        entry.delete();
    }

    private void requireEditor(LibraryEntry entry, Group group, Standing standing, Caller caller) {
        if (!LibraryPolicy.edit(standing, entry.addedBy == caller.id())) {
            throw ProblemException.forbidden("library.adder-or-coordinators");
        }
    }

    private Group readable(Group group, Optional<Caller> caller, long id) {
        try {
            return groups.readable(group, caller);
        } catch (ProblemException e) {
            throw notFound(id);
        }
    }

    private LibraryEntryView view(LibraryEntry e, Group group, Standing standing, Optional<Caller> caller) {
        long callerId = caller.map(Caller::id).orElse(-1L);
        StoredFile file = e.fileId == null ? null : StoredFile.findById(e.fileId);
        return new LibraryEntryView(e.id, GroupRef.of(group), e.title, e.kind, List.of(e.authors), e.year, e.url,
                e.summary, file == null || file.removed() ? null
                : fileViews.view(file, User.findById(file.uploaderId), standing, callerId),
                e.licence, e.licence.label, e.licence.url, List.of(e.themes), e.openAccess, List.of(e.actionIds),
                List.of(e.placeIds), e.threadId, UserSummary.of(User.findById(e.addedBy)), e.createdAt, e.updatedAt,
                e.version, LibraryPolicy.can(standing, e.addedBy == callerId));
    }

    private static LibraryEntry found(long id) {
        return LibraryEntry.<LibraryEntry>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("library.not-found", id);
    }

    /** Roadmap actions of the same group, each once; a 400 on actionIds otherwise. */
    private static Long[] actions(Group group, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return new Long[0];
        }
        LinkedHashSet<Long> unique = new LinkedHashSet<>(ids);
        if (RoadmapAction.count("groupId = ?1 and id in ?2", group.id, unique) != unique.size()) {
            throw ProblemException.invalid("actionIds", "library.action-not-in-group");
        }
        return unique.toArray(Long[]::new);
    }

    private static String[] cleaned(List<String> values) {
        return values == null ? new String[0]
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toArray(String[]::new);
    }

    /** A web address (http or https), or none when blank. */
    static String url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() != null && Arrays.asList("http", "https").contains(uri.getScheme())) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw ProblemException.invalid("url", "library.url-invalid");
    }
}
