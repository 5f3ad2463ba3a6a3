package fr.entraide.search;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.search.api.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French full-text search (configuration {@code french_unaccent}: stemming and no accents), ranked, over what the
 * caller may read: public groups, and private groups they are an active member of.
 */
@ApplicationScoped
public class SearchService {

    /** Markers that cannot appear in text, turned into &lt;mark&gt; once the excerpt is HTML-escaped. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";
    private static final int MAX_QUERY = 200;
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5}|amp|lt|gt|quot|apos);");

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    /**
     * Matches are ranked with their ids only, the best one of each thread kept (a thread appears once), and cut to
     * the page first; the excerpts (ts_headline, which reads the whole text) are made for that page alone, from the
     * post as shown (its HTML without tags, so no Markdown syntax), not for every match.
     */
    static final String SQL = """
            with query as (select websearch_to_tsquery('french_unaccent', :q) as q),
            readable as (
                select g.id from work_group g
                where (cast(:onlyGroup as bigint) is null or g.id = cast(:onlyGroup as bigint))
                  and (g.visibility = 'PUBLIC' or :admin or exists (
                       select 1 from membership m where m.group_id = g.id and m.user_id = :user and m.status = 'ACTIVE'))),
            page as (
                select best.type, best.id, best.thread_id, best.created_at, best.rank from (
                    select distinct on (found.thread_id) found.* from (
                        select 'thread' as type, t.id, t.id as thread_id, t.created_at, ts_rank(t.search, query.q) * 2 as rank
                        from thread t join readable r on r.id = t.group_id, query
                        where t.deleted_at is null and t.search @@ query.q
                        union all
                        select 'post', p.id, t.id, p.created_at, ts_rank(p.search, query.q)
                        from post p join thread t on t.id = p.thread_id join readable r on r.id = t.group_id, query
                        where p.deleted_at is null and p.hidden_at is null and t.deleted_at is null and p.search @@ query.q
                    ) found
                    order by found.thread_id, found.rank desc, found.created_at desc
                ) best
                order by best.rank desc, best.created_at desc
                limit :limit)
            select page.type, page.id, page.thread_id, t.title,
                   ts_headline('french_unaccent', case when page.type = 'post' then regexp_replace(p.html, '<[^>]*>', ' ', 'g') else t.title end, query.q,
                               'StartSel=, StopSel=, MaxWords=35, MinWords=15, MaxFragments=2') as excerpt,
                   g.slug, g.name, g.description, page.created_at
            from page join thread t on t.id = page.thread_id join work_group g on g.id = t.group_id
                 left join post p on page.type = 'post' and p.id = page.id, query
            order by page.rank desc, page.created_at desc""";

    @SuppressWarnings("unchecked")
    public List<SearchResult> search(String q, String groupSlug, Optional<Caller> caller, int limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "search.query-required");
        }
        if (q.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "search.query-too-long", MAX_QUERY);
        }
        Long onlyGroup = groupSlug == null || groupSlug.isBlank() ? null : groups.readable(groupSlug, caller).id;
        List<Object[]> rows = query("", q, onlyGroup, caller, limit).getResultList();
        return rows.stream().map(SearchService::result).toList();
    }

    /** The search, or its plan with {@code prefix = "explain (...) "}. */
    Query query(String prefix, String q, Long onlyGroup, Optional<Caller> caller, int limit) {
        return em.createNativeQuery(prefix + SQL)
                .setParameter("q", q)
                .setParameter("onlyGroup", onlyGroup)
                .setParameter("admin", caller.map(Caller::isAdmin).orElse(false))
                .setParameter("user", caller.map(Caller::id).orElse(-1L))
                .setParameter("limit", limit);
    }

    private static SearchResult result(Object[] row) {
        String type = (String) row[0];
        long id = ((Number) row[1]).longValue();
        long threadId = ((Number) row[2]).longValue();
        String url = "post".equals(type) ? "/threads/" + threadId + "#post-" + id : "/threads/" + threadId;
        return new SearchResult(type, id, threadId, (String) row[3], highlight((String) row[4]), url,
                new GroupRef((String) row[5], (String) row[6], (String) row[7]), instant(row[8]));
    }

    static String highlight(String headline) {
        String escaped = unescape(headline).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        return escaped.replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** The excerpt of a post comes from its sanitised HTML: its character references become characters again. */
    private static String unescape(String html) {
        return ENTITY.matcher(html).replaceAll(entity -> Matcher.quoteReplacement(switch (entity.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> entity.group(1).startsWith("#x") || entity.group(1).startsWith("#X")
                    ? Character.toString(Integer.parseInt(entity.group(1).substring(2), 16))
                    : entity.group(1).startsWith("#") ? Character.toString(Integer.parseInt(entity.group(1).substring(1)))
                    : entity.group();
        }));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

}
