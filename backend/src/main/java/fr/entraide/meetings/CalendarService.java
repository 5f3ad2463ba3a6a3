package fr.entraide.meetings;

import fr.entraide.accounts.AccessEnded;
import fr.entraide.accounts.User;
import fr.entraide.common.calendar.CalendarEvent;
import fr.entraide.common.calendar.Ics;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import fr.entraide.groups.Visibility;
import fr.entraide.meetings.api.CalendarTokenView;
import fr.entraide.workshops.Workshop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting's {@code .ics}, a group's feed of meetings and workshops, and the personal feed secrets: who may read
 * what, and with or without the online links. The file itself is written by {@link Ics}.
 */
@ApplicationScoped
public class CalendarService {

    @Inject
    GroupAccess groups;

    @Inject
    MeetingService meetings;

    @Inject
    AppConfig config;

    public String meeting(long id, Optional<Caller> caller) {
        Meeting meeting = meetings.readable(id, caller);
        Group group = Group.findById(meeting.groupId);
        return Ics.publish(List.of(meeting.calendarEvent(group.slug, groups.seesOnlineLinks(group, caller), config.publicUrl())));
    }

    /**
     * A public group's feed is open to all, without the online links; a member's feed — their feed token (calendar
     * apps cannot send a bearer header) or their bearer token — has them, and is the only way into a private group's.
     */
    public String groupFeed(String slug, String token, Optional<Caller> caller) {
        Group group = Group.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("group.not-found", slug));
        Long userId = token != null && !token.isBlank()
                ? CalendarToken.<CalendarToken>find("token", token).firstResultOptional().map(t -> t.userId)
                        .filter(id -> User.<User>findByIdOptional(id).filter(u -> !u.suspended && u.deletedAt == null).isPresent())
                        .orElse(null)
                : caller.map(Caller::id).orElse(null);
        boolean member = userId != null && (caller.map(Caller::isAdmin).orElse(false)
                || Membership.of(group.id, userId).filter(m -> m.status == MemberStatus.ACTIVE).isPresent());
        if (group.visibility == Visibility.PRIVATE && !member) {
            throw ProblemException.notFound("group.not-found", slug);
        }
        Instant since = Instant.now().minus(60, ChronoUnit.DAYS);
        List<Meeting> groupMeetings = Meeting.list("groupId = ?1 and endsAt >= ?2 order by startsAt", group.id, since);
        List<Workshop> groupWorkshops = Workshop.list("groupId = ?1 and endsAt >= ?2 order by startsAt", group.id, since);
        List<CalendarEvent> events = new ArrayList<>();
        groupMeetings.forEach(m -> events.add(m.calendarEvent(group.slug, member, config.publicUrl())));
        groupWorkshops.forEach(w -> events.add(w.calendarEvent(group.slug, member, config.publicUrl())));
        return Ics.publish(events);
    }

    /** The caller's feed secret, made on first request. */
    @Transactional
    public CalendarTokenView token(Caller caller) {
        CalendarToken token = CalendarToken.<CalendarToken>find("userId", caller.id()).firstResultOptional().orElseGet(() -> {
            CalendarToken created = new CalendarToken();
            created.userId = caller.id();
            created.token = Secrets.newToken();
            created.persist();
            return created;
        });
        return new CalendarTokenView(token.token, "/api/v1/groups/{slug}/calendar.ics?token=" + token.token);
    }

    /** Revoking: feeds subscribed with the old secret stop working; the next request makes a new one. */
    @Transactional
    public void revoke(Caller caller) {
        CalendarToken.delete("userId", caller.id());
    }

    /** A calendar feed link is a credential too: it ends with the account's other ones. */
    void revokeFeeds(@Observes AccessEnded ended) {
        CalendarToken.delete("userId", ended.userId());
    }
}
