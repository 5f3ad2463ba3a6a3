package fr.entraide.polls;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.quota.CreationQuota;
import fr.entraide.common.security.Caller;
import fr.entraide.common.time.EventFields;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.meetings.Meeting;
import fr.entraide.meetings.MeetingKind;
import fr.entraide.meetings.MeetingService;
import fr.entraide.meetings.api.MeetingRequest;
import fr.entraide.notifications.Notice;
import fr.entraide.notifications.NotificationService;
import fr.entraide.polls.api.ClosePollRequest;
import fr.entraide.polls.api.CreatePollRequest;
import fr.entraide.polls.api.OptionView;
import fr.entraide.polls.api.PollView;
import fr.entraide.polls.api.VotesRequest;
import fr.entraide.workshops.WorkshopService;
import fr.entraide.workshops.api.CreateWorkshopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Date polls: members answer each option yes / if need be / no (changeable until the poll closes); the author or a
 * coordinator closes it and may turn the chosen date into a meeting or a workshop, inviting those who said yes.
 */
@ApplicationScoped
public class PollService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    MeetingService meetings;

    @Inject
    WorkshopService workshops;

    @Inject
    NotificationService notifications;

    @Inject
    CreationQuota quota;

    @Transactional
    public PollView create(String slug, Caller caller, CreatePollRequest request) {
        Group group = groups.readable(slug, Optional.of(caller));
        requireMember(group, caller);
        quota.require(CreationQuota.Kind.POLL, caller.id(), 1);
        if (request.closesAt() != null && !request.closesAt().isAfter(Instant.now())) {
            throw ProblemException.invalid("closesAt", "poll.closes-at-past");
        }
        EventFields.requirePlausible(request.closesAt(), "closesAt");
        Poll poll = new Poll();
        poll.groupId = group.id;
        poll.authorId = caller.id();
        poll.title = request.title().strip();
        poll.description = request.description() == null ? "" : request.description().strip();
        poll.closesAt = request.closesAt();
        poll.persist();
        for (int i = 0; i < request.options().size(); i++) {
            CreatePollRequest.OptionRequest given = request.options().get(i);
            String field = "options[" + i + "]";
            boolean hasLabel = given.label() != null && !given.label().isBlank();
            if (!hasLabel && given.startsAt() == null) {
                throw ProblemException.invalid(field + ".label", "poll.option-label-or-date");
            }
            EventFields.requirePlausible(given.startsAt(), field + ".startsAt");
            EventFields.requirePlausible(given.endsAt(), field + ".endsAt");
            if (given.startsAt() != null && (given.endsAt() == null || !given.endsAt().isAfter(given.startsAt()))) {
                throw ProblemException.invalid(field + ".endsAt", "poll.option-ends-before-start");
            }
            PollOption option = new PollOption();
            option.pollId = poll.id;
            option.position = i + 1;
            option.label = hasLabel ? given.label().strip() : null;
            option.startsAt = given.startsAt();
            option.endsAt = given.endsAt();
            option.persist();
        }
        return view(poll, group, Optional.of(caller));
    }

    /** Newest first, a page at a time. */
    public PageResponse<PollView> list(String slug, Optional<Caller> caller, PageParams page) {
        Group group = groups.readable(slug, caller);
        long before = page.cursor == null || page.cursor.isBlank() ? Long.MAX_VALUE : Cursor.decodeId(page.cursor);
        List<Poll> rows = Poll.<Poll>find("groupId = ?1 and id < ?2 order by id desc", group.id, before)
                .range(0, page.limit).list();
        return PageResponse.of(rows, page.limit, p -> Cursor.encode(p.id), p -> view(p, group, caller));
    }

    public PollView get(long id, Optional<Caller> caller) {
        Poll poll = readable(id, caller);
        return view(poll, Group.findById(poll.groupId), caller);
    }

    /** Replaces the caller's answers, under a lock of the poll so that closing and voting never cross. */
    @Transactional
    public PollView vote(long id, Caller caller, VotesRequest request) {
        Poll poll = Poll.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        Group group = Group.findById(poll.groupId);
        requireMember(group, caller);
        if (poll.isClosed(Instant.now())) {
            throw ProblemException.conflict(null, "poll.closed");
        }
        Set<Long> optionIds = PollOption.<PollOption>list("pollId", poll.id).stream().map(o -> o.id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.votes().size(); i++) {
            Long optionId = request.votes().get(i).optionId();
            if (!optionIds.contains(optionId)) {
                throw ProblemException.invalid("votes[" + i + "].optionId", "poll.option-not-in-poll");
            }
            if (!seen.add(optionId)) {
                throw ProblemException.invalid("votes[" + i + "].optionId", "poll.one-answer-per-option");
            }
        }
        PollVote.delete("userId = ?1 and optionId in ?2", caller.id(), optionIds);
        for (VotesRequest.Vote given : request.votes()) {
            PollVote vote = new PollVote();
            vote.optionId = given.optionId();
            vote.userId = caller.id();
            vote.choice = given.choice();
            vote.persist();
        }
        em.flush();
        return view(poll, group, Optional.of(caller));
    }

    @Transactional
    public PollView close(long id, Caller caller, ClosePollRequest request) {
        Poll poll = Poll.findById(readable(id, Optional.of(caller)).id, LockModeType.PESSIMISTIC_WRITE);
        Group group = Group.findById(poll.groupId);
        if (!canClose(poll, group, caller)) {
            throw ProblemException.forbidden("poll.author-or-coordinators");
        }
        if (poll.closedAt != null) {
            throw ProblemException.conflict(null, "poll.already-closed");
        }
        PollOption chosen = null;
        if (request.chosenOptionId() != null) {
            chosen = PollOption.<PollOption>find("id = ?1 and pollId = ?2", request.chosenOptionId(), poll.id).firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalid("chosenOptionId", "poll.option-not-in-poll"));
        }
        if (request.createAs() != null && (chosen == null || chosen.startsAt == null)) {
            throw ProblemException.invalid("chosenOptionId", "poll.dated-option-required");
        }
        poll.closedAt = Instant.now();
        poll.chosenOptionId = chosen == null ? null : chosen.id;
        if (request.createAs() != null) {
            String path = request.createAs() == ClosePollRequest.Outcome.MEETING
                    ? meetingFrom(poll, chosen, group, caller, request)
                    : workshopFrom(poll, chosen, group, caller, request);
            PollOption decided = chosen;
            notifications.tell(yesVoters(chosen), caller.id(), group, title(poll, request), path, null,
                    Notice.pollDecided(poll.title, decided.startsAt, "Europe/Paris"));
        }
        em.flush();
        return view(poll, group, Optional.of(caller));
    }

    private String meetingFrom(Poll poll, PollOption chosen, Group group, Caller caller, ClosePollRequest request) {
        Meeting meeting = meetings.schedule(group, caller, new MeetingRequest(title(poll, request), description(poll, request),
                request.kind() == null ? MeetingKind.REUNION : request.kind(), chosen.startsAt, chosen.endsAt, null,
                request.onlineUrl(), null, null));
        if (Boolean.TRUE.equals(request.yesVotersComing())) {
            meetings.markComing(meeting, yesVoters(chosen));
        }
        poll.createdMeetingId = meeting.id;
        return "/groups/" + group.slug + "/meetings/" + meeting.id;
    }

    private String workshopFrom(Poll poll, PollOption chosen, Group group, Caller caller, ClosePollRequest request) {
        long workshopId = workshops.create(group.slug, caller, new CreateWorkshopRequest(title(poll, request), description(poll, request),
                chosen.startsAt, chosen.endsAt, null, request.onlineUrl(), null, null, null)).id();
        poll.createdWorkshopId = workshopId;
        return "/groups/" + group.slug + "/workshops/" + workshopId;
    }

    private static List<Long> yesVoters(PollOption option) {
        return PollVote.<PollVote>list("optionId = ?1 and choice = ?2", option.id, Choice.YES).stream().map(v -> v.userId).toList();
    }

    private static String title(Poll poll, ClosePollRequest request) {
        return request.title() == null || request.title().isBlank() ? poll.title : request.title().strip();
    }

    private static String description(Poll poll, ClosePollRequest request) {
        return request.description() == null ? poll.description : request.description();
    }

    private boolean canClose(Poll poll, Group group, Caller caller) {
        return PollPolicy.close(groups.standing(group, Optional.of(caller)), authoring(poll, Optional.of(caller)));
    }

    private void requireMember(Group group, Caller caller) {
        GroupAccess.membersOnly(PollPolicy.takePart(groups.standing(group, Optional.of(caller))), group);
    }

    private static boolean authoring(Poll poll, Optional<Caller> caller) {
        return poll.authorId != null && caller.map(c -> poll.authorId == c.id()).orElse(false);
    }

    private Poll readable(long id, Optional<Caller> caller) {
        Poll poll = Poll.<Poll>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("poll.not-found", id));
        groups.readable(Group.<Group>findById(poll.groupId), caller);
        return poll;
    }

    /** The options with their tallies and the caller's answers: three queries. */
    private PollView view(Poll poll, Group group, Optional<Caller> caller) {
        List<PollOption> options = PollOption.list("pollId = ?1 order by position", poll.id);
        List<Long> optionIds = options.stream().map(o -> o.id).toList();
        List<PollVote> votes = optionIds.isEmpty() ? List.of() : PollVote.list("optionId in ?1", optionIds);
        Map<Long, Map<Choice, Long>> tallies = votes.stream().collect(Collectors.groupingBy(v -> v.optionId,
                Collectors.groupingBy(v -> v.choice, Collectors.counting())));
        Map<Long, Choice> mine = caller.map(c -> votes.stream().filter(v -> v.userId == c.id())
                .collect(Collectors.toMap(v -> v.optionId, v -> v.choice))).orElse(Map.of());
        long voters = votes.stream().map(v -> v.userId).distinct().count();
        User author = poll.authorId == null ? null : User.findById(poll.authorId);
        List<OptionView> views = options.stream().map(o -> {
            Map<Choice, Long> t = tallies.getOrDefault(o.id, Map.of());
            return new OptionView(o.id, o.label, o.startsAt, o.endsAt, t.getOrDefault(Choice.YES, 0L),
                    t.getOrDefault(Choice.IF_NEED_BE, 0L), t.getOrDefault(Choice.NO, 0L), mine.get(o.id));
        }).toList();
        return new PollView(poll.id, group.slug, poll.title, poll.description,
                author == null ? null : new UserRef(author.id, author.displayName), poll.closesAt, poll.isClosed(Instant.now()),
                poll.chosenOptionId, poll.createdMeetingId, poll.createdWorkshopId, voters, views,
                PollPolicy.can(groups.standing(group, caller), authoring(poll, caller), poll.closedAt == null,
                        !poll.isClosed(Instant.now())),
                poll.createdAt);
    }

}
