package fr.entraide.places;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.patch.Patch;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.places.api.PlaceChangeView;
import fr.entraide.places.api.PlaceRequest;
import fr.entraide.places.api.PlaceSummary;
import fr.entraide.places.api.PlaceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The directory: anyone reads it; verified people add places; authors, coordinators and admins edit them. */
@ApplicationScoped
public class PlaceService {

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    PlaceViews views;

    /** Places matching the filters, by name, a page at a time (keyset on the lower-cased name and the id). */
    public PageResponse<PlaceSummary> list(PlaceFilter filter, PageParams page) {
        List<String> after = Cursor.decode(page.cursor, 2);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        if (!after.isEmpty()) {
            where += " and (lower(p.name) > :afterName or (lower(p.name) = :afterName and p.id > :afterId))";
            parameters.put("afterName", after.get(0));
            parameters.put("afterId", Cursor.id(after.get(1)));
        }
        Query query = em.createNativeQuery("select p.id from place p where " + where
                + " order by lower(p.name), p.id limit " + (page.limit + 1), Long.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        List<Place> rows = byIds(ids);
        return PageResponse.of(rows, page.limit, p -> Cursor.encode(p.name.toLowerCase(java.util.Locale.ROOT), p.id), PlaceViews::summary);
    }

    /** Every place matching the filters, by id (open data). */
    public List<Place> all(PlaceFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createNativeQuery("select p.id from place p where " + where(filter, parameters) + " order by p.id", Long.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return byIds(ids);
    }

    /** What changes whenever the open data changes: the number of places, the latest change and the highest id. */
    public Object[] stamp() {
        return (Object[]) em.createNativeQuery("select count(*), max(updated_at), coalesce(max(id), 0), coalesce(sum(version), 0) from place").getSingleResult();
    }

    private List<Place> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Place> byId = Place.<Place>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private static String where(PlaceFilter f, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>(List.of("true"));
        if (f.q() != null) {
            clauses.add("p.search @@ websearch_to_tsquery('french_unaccent', :q)");
            parameters.put("q", f.q());
        }
        if (f.department() != null) {
            clauses.add("p.department = :department");
            parameters.put("department", f.department());
        }
        if (f.region() != null) {
            clauses.add("p.region = :region");
            parameters.put("region", f.region());
        }
        if (f.kind() != null) {
            clauses.add("p.kind = :kind");
            parameters.put("kind", f.kind().name());
        }
        if (f.theme() != null) {
            clauses.add("(upper(:theme) = any(p.themes) or :theme = any(p.tags))");
            parameters.put("theme", f.theme());
        }
        if (f.visitsWelcome() != null) {
            clauses.add("p.visits_welcome = :visits");
            parameters.put("visits", f.visitsWelcome());
        }
        if (f.testimonyWelcome() != null) {
            clauses.add("p.testimony_welcome = :testimony");
            parameters.put("testimony", f.testimonyWelcome());
        }
        return String.join(" and ", clauses);
    }

    public PlaceView get(long id, Optional<Caller> caller) {
        return views.of(find(id), caller);
    }

    @Transactional
    public PlaceView create(Caller caller, PlaceRequest request) {
        if (!PlacePolicy.add(fr.entraide.groups.Standing.of(Optional.of(caller), null, null))) {
            throw ProblemException.forbidden("place.verified-only");
        }
        if (request.name() == null) {
            throw ProblemException.invalid("name", "place.name-required");
        }
        if (request.kind() == null) {
            throw ProblemException.invalid("kind", "place.kind-required");
        }
        Place place = new Place();
        place.authorId = caller.id();
        if (request.group() != null && !request.group().isBlank()) {
            Group group = groups.readable(request.group().strip(), Optional.of(caller));
            groups.requireActiveMember(group, caller);
            place.groupId = group.id;
        }
        PlaceFields fields = new PlaceFields(place).apply(request);
        place.persist();
        PlaceChange.record(place, caller.id(), PlaceChange.Action.CREATED, fields.changed());
        return views.of(place, Optional.of(caller));
    }

    @Transactional
    public PlaceView update(long id, Caller caller, PlaceRequest request) {
        Place place = editable(id, caller);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "place.version-required");
        }
        Patch.requireVersion(request.version(), place.version);
        PlaceFields fields = new PlaceFields(place).apply(request);
        if (!fields.changed().isEmpty()) {
            place.updatedAt = Instant.now();
            PlaceChange.record(place, caller.id(), PlaceChange.Action.UPDATED, fields.changed());
            em.flush();
        }
        return views.of(place, Optional.of(caller));
    }

    @Transactional
    public void delete(long id, Caller caller) {
        editable(id, caller).delete();
    }

    public List<PlaceChangeView> history(long id, Caller caller) {
        Place place = find(id);
        if (!PlacePolicy.seeHistory(views.standing(place, Optional.of(caller)))) {
            throw ProblemException.forbidden("place.history-signed-in");
        }
        List<PlaceChange> changes = PlaceChange.list("placeId = ?1 order by changedAt desc, id desc", place.id);
        List<Long> userIds = changes.stream().map(c -> c.userId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = userIds.isEmpty() ? Map.of() : User.<User>list("id in ?1", userIds).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u.displayName));
        return changes.stream().map(c -> new PlaceChangeView(c.id, c.action,
                c.fields.isEmpty() ? List.of() : Arrays.asList(c.fields.split(",")),
                c.userId == null ? null : new UserRef(c.userId, names.getOrDefault(c.userId, User.FORMER_MEMBER_NAME)),
                c.changedAt)).toList();
    }

    public Place find(long id) {
        return Place.<Place>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("place.not-found", id));
    }

    Place editable(long id, Caller caller) {
        Place place = Place.findById(find(id).id, LockModeType.PESSIMISTIC_WRITE);
        if (!PlacePolicy.edit(views.standing(place, Optional.of(caller)), views.isAuthor(place, Optional.of(caller)))) {
            throw ProblemException.forbidden("place.editors-only");
        }
        return place;
    }
}
