package fr.entraide.places;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.Secrets;
import fr.entraide.common.time.EventFields;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.mail.MailOutbox;
import fr.entraide.meetings.Meeting;
import fr.entraide.meetings.MeetingKind;
import fr.entraide.meetings.Rsvp;
import fr.entraide.meetings.api.RsvpResponse;
import fr.entraide.places.api.AcceptVisitRequest;
import fr.entraide.places.api.VisitRequestBody;
import fr.entraide.places.api.VisitRequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Visit requests: a verified member asks; the place's referent is e-mailed a secret link and answers without an
 * account. Accepting makes a LEARNING_TRIP meeting of the requester's group, at the place's address, the requester
 * answering yes; only then does the requester learn the referent's address.
 */
@ApplicationScoped
public class VisitRequestService {

    @Inject
    PlaceService places;

    @Inject
    PlaceViews placeViews;

    @Inject
    GroupAccess groups;

    @Inject
    MailOutbox outbox;

    @Inject
    VisitMails mails;

    @Transactional
    public VisitRequestView create(long placeId, Caller caller, VisitRequestBody body) {
        Place place = places.find(placeId);
        boolean welcome = body.kind() == VisitRequest.Kind.VISIT ? place.visitsWelcome : place.testimonyWelcome;
        if (!PlacePolicy.request(placeViews.standing(place, Optional.of(caller)), welcome, place.referentEmail != null,
                placeViews.isAuthor(place, Optional.of(caller)))) {
            throw ProblemException.conflict("kind", body.kind() == VisitRequest.Kind.VISIT ? "visit.not-welcome" : "visit.testimony-not-welcome");
        }
        LocalDate today = LocalDate.now();
        if (body.wishedDates().stream().anyMatch(date -> date.isBefore(today))) {
            throw ProblemException.invalid("wishedDates", "visit.date-past");
        }
        VisitRequest request = new VisitRequest();
        request.placeId = place.id;
        request.requesterId = caller.id();
        request.groupId = body.group() == null || body.group().isBlank() ? null : memberGroup(body.group().strip(), caller.id(), "group").id;
        request.kind = body.kind();
        request.wishedDates = body.wishedDates().stream().distinct().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
        request.groupSize = body.groupSize();
        request.message = body.message() == null ? "" : body.message().strip();
        String token = Secrets.newToken();
        request.tokenHash = Secrets.hash(token);
        request.persist();
        outbox.enqueue(place.referentEmail, mails.toReferent(place, request, caller.displayName(), token));
        return views(List.of(request), false).get(0);
    }

    public List<VisitRequestView> mine(Caller caller) {
        return views(VisitRequest.list("requesterId = ?1 order by createdAt desc, id desc", caller.id()), true);
    }

    public List<VisitRequestView> ofPlace(long placeId, Caller caller) {
        Place place = places.find(placeId);
        if (!PlacePolicy.edit(placeViews.standing(place, Optional.of(caller)), placeViews.isAuthor(place, Optional.of(caller)))) {
            throw ProblemException.forbidden("place.editors-only");
        }
        return views(VisitRequest.list("placeId = ?1 order by createdAt desc, id desc", place.id), false);
    }

    /** What the referent sees through the mailed link. */
    public VisitRequestView byToken(String token) {
        return views(List.of(find(token)), false).get(0);
    }

    @Transactional
    public VisitRequestView accept(String token, AcceptVisitRequest answer) {
        VisitRequest request = pending(token);
        Place place = Place.findById(request.placeId);
        EventFields.requireSchedule(answer.startsAt(), answer.endsAt(), "");
        Group group;
        if (answer.group() != null && !answer.group().isBlank()) {
            group = memberGroup(answer.group().strip(), request.requesterId, "group");
        } else if (request.groupId != null) {
            group = Group.findById(request.groupId);
        } else {
            throw ProblemException.invalid("group", "visit.group-required");
        }
        User requester = User.findById(request.requesterId);
        Meeting meeting = new Meeting();
        meeting.groupId = group.id;
        meeting.kind = MeetingKind.LEARNING_TRIP;
        meeting.title = fit((request.kind == VisitRequest.Kind.VISIT ? "Voyage apprenant : " : "Témoignage : ") + place.name, 200);
        meeting.description = fit(request.message, 8000);
        meeting.startsAt = answer.startsAt();
        meeting.endsAt = answer.endsAt();
        meeting.location = fit(address(place), 300);
        meeting.createdBy = request.requesterId;
        meeting.persist();
        Rsvp rsvp = new Rsvp();
        rsvp.meetingId = meeting.id;
        rsvp.userId = request.requesterId;
        rsvp.response = RsvpResponse.YES;
        rsvp.persist();
        request.status = VisitRequest.Status.ACCEPTED;
        request.groupId = group.id;
        request.meetingId = meeting.id;
        request.answerMessage = blankToNull(answer.message());
        request.answeredAt = Instant.now();
        outbox.enqueue(requester.email, mails.accepted(requester.locale, requester.displayName, place, group.name, group.slug, meeting.id, request.answerMessage));
        return views(List.of(request), false).get(0);
    }

    @Transactional
    public VisitRequestView decline(String token, String message) {
        VisitRequest request = pending(token);
        Place place = Place.findById(request.placeId);
        request.status = VisitRequest.Status.DECLINED;
        request.answerMessage = blankToNull(message);
        request.answeredAt = Instant.now();
        User requester = User.findById(request.requesterId);
        outbox.enqueue(requester.email, mails.declined(requester.locale, requester.displayName, place, request.answerMessage));
        return views(List.of(request), false).get(0);
    }

    private VisitRequest find(String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.notFound("visit.not-found");
        }
        return VisitRequest.<VisitRequest>find("tokenHash", Secrets.hash(token)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("visit.not-found"));
    }

    private VisitRequest pending(String token) {
        VisitRequest request = VisitRequest.findById(find(token).id, LockModeType.PESSIMISTIC_WRITE);
        if (request.status != VisitRequest.Status.PENDING) {
            throw ProblemException.conflict(null, "visit.already-answered");
        }
        return request;
    }

    /** A group the person is an active member of (the learning trip goes in its agenda). */
    private Group memberGroup(String slug, long userId, String field) {
        Group group = Group.findBySlug(slug).orElseThrow(() -> ProblemException.invalid(field, "visit.group-not-member"));
        boolean member = Membership.of(group.id, userId).map(m -> m.status == MemberStatus.ACTIVE).orElse(false);
        if (!member) {
            throw ProblemException.invalid(field, "visit.group-not-member");
        }
        return group;
    }

    /** Views of several requests in a handful of queries; the referent's e-mail for the requester once accepted. */
    private List<VisitRequestView> views(List<VisitRequest> requests, boolean forRequester) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, Place> placesById = byId(Place.list("id in ?1", requests.stream().map(r -> r.placeId).distinct().toList()), p -> ((Place) p).id);
        Map<Long, User> users = byId(User.list("id in ?1", requests.stream().map(r -> r.requesterId).distinct().toList()), u -> ((User) u).id);
        List<Long> groupIds = requests.stream().map(r -> r.groupId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, Group> groupsById = groupIds.isEmpty() ? Map.of() : byId(Group.list("id in ?1", groupIds), g -> ((Group) g).id);
        return requests.stream().map(r -> {
            Place place = placesById.get(r.placeId);
            User requester = users.get(r.requesterId);
            Group group = r.groupId == null ? null : groupsById.get(r.groupId);
            return new VisitRequestView(r.id, r.placeId, place.name,
                    requester == null ? null : new UserRef(requester.id, requester.displayName),
                    group == null ? null : GroupRef.of(group), r.kind,
                    r.wishedDates.isEmpty() ? List.of() : Arrays.stream(r.wishedDates.split(",")).map(LocalDate::parse).toList(),
                    r.groupSize, r.message, r.status, r.answerMessage, r.meetingId,
                    forRequester && r.status == VisitRequest.Status.ACCEPTED ? place.referentEmail : null,
                    r.createdAt, r.answeredAt);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<Long, T> byId(List<?> rows, Function<Object, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, row -> (T) row));
    }

    static String address(Place place) {
        String town = Stream.of(place.postcode, place.city).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return Stream.of(place.name, place.address, town).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    private static String fit(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
