package fr.entraide.places;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.GroupPolicy;
import fr.entraide.groups.Standing;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.places.api.PlaceSummary;
import fr.entraide.places.api.PlaceView;
import fr.entraide.places.api.ReferentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The one place that turns places into their views; the referent's e-mail and phone never leave the entity. */
@ApplicationScoped
public class PlaceViews {

    @Inject
    GroupAccess groups;

    /** The caller's standing toward a place: in its group, or none. */
    public Standing standing(Place place, Optional<Caller> caller) {
        return place.groupId == null ? Standing.of(caller, null, null) : groups.standing(place.groupId, caller);
    }

    public boolean isAuthor(Place place, Optional<Caller> caller) {
        return caller.map(c -> Objects.equals(c.id(), place.authorId)).orElse(false);
    }

    public static PlaceSummary summary(Place p) {
        return new PlaceSummary(p.id, p.name, p.kind, p.organisation, p.city, p.postcode, p.department, p.region,
                Territory.regionName(p.region), p.latitude, p.longitude, p.visitsWelcome, p.testimonyWelcome,
                List.copyOf(p.themes), List.copyOf(p.tags), p.updatedAt);
    }

    public PlaceView of(Place p, Optional<Caller> caller) {
        Standing standing = standing(p, caller);
        boolean author = isAuthor(p, caller);
        ReferentView referent = PlacePolicy.seeReferent(standing) && (p.referentName != null || p.referentRole != null)
                ? new ReferentView(p.referentName, p.referentRole) : null;
        UserRef authorRef = p.authorId == null ? null : User.<User>findByIdOptional(p.authorId)
                .map(u -> new UserRef(u.id, u.displayName)).orElse(null);
        GroupRef group = p.groupId == null ? null : Group.<Group>findByIdOptional(p.groupId)
                .filter(g -> GroupPolicy.read(g.visibility, standing)).map(GroupRef::of).orElse(null);
        return new PlaceView(p.id, p.name, p.kind, p.organisation, p.description, p.practices, p.successes, p.failures,
                p.website, p.address, p.postcode, p.city, p.inseeCode, p.siret, p.rna, p.department, p.region,
                Territory.regionName(p.region), p.latitude, p.longitude, p.openingHours, List.copyOf(p.themes),
                List.copyOf(p.tags), p.visitsWelcome, p.testimonyWelcome, referent, p.referentEmail != null, authorRef,
                group, p.source, p.createdAt, p.updatedAt, p.version, PlacePolicy.can(standing, p, author));
    }
}
