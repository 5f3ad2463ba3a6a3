package fr.entraide.home;

import fr.entraide.common.security.Caller;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.home.api.HomeAction;
import fr.entraide.home.api.HomeMeeting;
import fr.entraide.home.api.HomePoll;
import fr.entraide.home.api.HomeThread;
import fr.entraide.home.api.HomeView;
import fr.entraide.home.api.HomeWorkshop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * "Mon espace": five read-only queries, one per section, each bounded by a small limit and restricted to the groups
 * where the caller is an active member (who therefore sees the online links, as in each feature's own views).
 * No query runs per group or per item.
 */
@ApplicationScoped
public class HomeService {

    static final int EVENTS = 6;
    static final int THREADS = 8;
    static final int ACTIONS = 10;
    static final int POLLS = 6;

    private static final String MINE = """
            with mine as (select m.group_id from membership m where m.user_id = :user and m.status = 'ACTIVE')
            """;

    static final String WORKSHOPS = MINE + """
            select w.id, g.slug, g.name, g.description, w.title, w.starts_at, w.ends_at, w.timezone, w.online_url, w.location,
                   r.status, w.facilitator_id = :user
            from workshop w join mine on mine.group_id = w.group_id join work_group g on g.id = w.group_id
                 left join registration r on r.workshop_id = w.id and r.user_id = :user
            where w.cancelled_at is null and w.ends_at > now() and (r.id is not null or w.facilitator_id = :user)
            order by w.starts_at, w.id
            limit :limit""";

    static final String MEETINGS = MINE + """
            select mt.id, g.slug, g.name, g.description, mt.title, mt.kind, mt.starts_at, mt.ends_at, mt.timezone, mt.online_url,
                   mt.location, r.response
            from meeting mt join mine on mine.group_id = mt.group_id join work_group g on g.id = mt.group_id
                 left join rsvp r on r.meeting_id = mt.id and r.user_id = :user
            where mt.cancelled_at is null and mt.ends_at > now() and (r.response is null or r.response <> 'NO')
            order by mt.starts_at, mt.id
            limit :limit""";

    /**
     * The level that counts is the one chosen for the thread, else for its category, else the category's default
     * (a category's "first post only" means NORMAL for its threads' replies), as in the forum's own list.
     */
    static final String THREADS_SQL = MINE + """
            , candidates as (
                select t.id, t.group_id, t.title, t.last_post_at, coalesce(rd.last_read_post_id, 0) as read_up_to
                from thread t join mine on mine.group_id = t.group_id join category c on c.id = t.category_id
                     left join subscription ts on ts.thread_id = t.id and ts.user_id = :user
                     left join subscription cs on cs.category_id = t.category_id and cs.user_id = :user
                     left join thread_read rd on rd.thread_id = t.id and rd.user_id = :user
                where t.deleted_at is null
                  and coalesce(ts.level, case coalesce(cs.level, c.default_subscription) when 'WATCHING_FIRST_POST' then 'NORMAL'
                                         else coalesce(cs.level, c.default_subscription) end) in ('WATCHING', 'TRACKING')
                  and exists (select 1 from post p where p.thread_id = t.id and p.deleted_at is null and p.id > coalesce(rd.last_read_post_id, 0))
                order by t.last_post_at desc, t.id desc
                limit :limit)
            select cd.id, g.slug, g.name, g.description, cd.title, cd.last_post_at,
                   (select count(*) from post p where p.thread_id = cd.id and p.deleted_at is null and p.id > cd.read_up_to)
            from candidates cd join work_group g on g.id = cd.group_id
            order by cd.last_post_at desc, cd.id desc""";

    static final String ACTIONS_SQL = MINE + """
            select a.id, g.slug, g.name, g.description, a.title, a.status, a.updated_at
            from roadmap_volunteer v join roadmap_action a on a.id = v.action_id join mine on mine.group_id = a.group_id
                 join work_group g on g.id = a.group_id
            where v.user_id = :user and a.status in ('WAITING', 'ACTIONABLE', 'IN_PROGRESS')
            order by a.updated_at desc, a.id desc
            limit :limit""";

    static final String POLLS_SQL = MINE + """
            select p.id, g.slug, g.name, g.description, p.title, p.closes_at
            from poll p join mine on mine.group_id = p.group_id join work_group g on g.id = p.group_id
            where p.closed_at is null and (p.closes_at is null or p.closes_at > now())
              and not exists (select 1 from poll_vote v join poll_option o on o.id = v.option_id where o.poll_id = p.id and v.user_id = :user)
            order by p.closes_at nulls last, p.created_at desc, p.id desc
            limit :limit""";

    @Inject
    EntityManager em;

    public HomeView of(Caller caller) {
        long user = caller.id();
        return new HomeView(
                rows(WORKSHOPS, user, EVENTS, r -> new HomeWorkshop(id(r[0]), group(r), (String) r[4], instant(r[5]), instant(r[6]),
                        (String) r[7], (String) r[8], (String) r[9], (String) r[10], Boolean.TRUE.equals(r[11]))),
                rows(MEETINGS, user, EVENTS, r -> new HomeMeeting(id(r[0]), group(r), (String) r[4], (String) r[5], instant(r[6]),
                        instant(r[7]), (String) r[8], (String) r[9], (String) r[10], (String) r[11])),
                rows(THREADS_SQL, user, THREADS, r -> new HomeThread(id(r[0]), group(r), (String) r[4], instant(r[5]),
                        ((Number) r[6]).intValue())),
                rows(ACTIONS_SQL, user, ACTIONS, r -> new HomeAction(id(r[0]), group(r), (String) r[4], (String) r[5], instant(r[6]))),
                rows(POLLS_SQL, user, POLLS, r -> new HomePoll(id(r[0]), group(r), (String) r[4], instant(r[5]))));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, long user, int limit, Function<Object[], T> map) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("user", user).setParameter("limit", limit).getResultList();
        return rows.stream().map(map).toList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static GroupRef group(Object[] row) {
        return new GroupRef((String) row[1], (String) row[2], (String) row[3]);
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
