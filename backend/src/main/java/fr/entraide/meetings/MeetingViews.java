package fr.entraide.meetings;

import fr.entraide.common.security.Caller;
import fr.entraide.forum.MarkdownRenderer;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.meetings.api.MeetingView;
import fr.entraide.meetings.api.RsvpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one place that turns meetings into their views: answer counts, the caller's answer and what the caller may do. */
@ApplicationScoped
public class MeetingViews {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    /** Descriptions are Markdown, shown as posts are: rendered, then sanitised. */
    @Inject
    MarkdownRenderer markdown;

    public MeetingView of(Group group, Meeting meeting, Optional<Caller> caller) {
        return of(group, List.of(meeting), caller).get(0);
    }

    /** Counts and the caller's answer for several meetings: two queries whatever their number. */
    public List<MeetingView> of(Group group, List<Meeting> meetings, Optional<Caller> caller) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<Long> ids = meetings.stream().map(m -> m.id).toList();
        Map<Long, Map<RsvpResponse, Long>> counts = em.createQuery("""
                        select r.meetingId, r.response, count(r) from Rsvp r where r.meetingId in :ids
                        group by r.meetingId, r.response""", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.toMap(row -> (RsvpResponse) row[1], row -> (Long) row[2])));
        Map<Long, RsvpResponse> mine = caller.map(c -> Rsvp.<Rsvp>list("userId = ?1 and meetingId in ?2", c.id(), ids).stream()
                .collect(Collectors.toMap(r -> r.meetingId, r -> r.response))).orElse(Map.of());
        GroupRef ref = GroupRef.of(group);
        Standing standing = groups.standing(group, caller);
        boolean insider = GroupPolicy.seeOnlineLinks(standing);
        Instant now = Instant.now();
        return meetings.stream().map(m -> {
            Map<RsvpResponse, Long> c = counts.getOrDefault(m.id, Map.of());
            return new MeetingView(m.id, ref, m.title, m.description, html(m.description), m.kind, m.startsAt, m.endsAt, m.timezone,
                    insider ? m.onlineUrl : null, m.onlineUrl != null, m.location, m.capacity, c.getOrDefault(RsvpResponse.YES, 0L), c.getOrDefault(RsvpResponse.MAYBE, 0L),
                    c.getOrDefault(RsvpResponse.NO, 0L), mine.get(m.id), m.cancelledAt != null, m.cancelReason, m.sequence,
                    m.version, MeetingPolicy.can(standing, m.cancelledAt != null, !m.endsAt.isAfter(now)));
        }).toList();
    }

    private String html(String description) {
        return description == null || description.isBlank() ? null : markdown.toHtml(description);
    }
}
