package fr.entraide.places;

import fr.entraide.groups.MemberRole;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Standing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacePolicyTest {

    static final Standing VERIFIED = new Standing(true, true, false, null, null);
    static final Standing UNVERIFIED = new Standing(true, false, false, null, null);
    static final Standing MEMBER = new Standing(true, true, false, MemberStatus.ACTIVE, MemberRole.MEMBER);
    static final Standing COORDINATOR = new Standing(true, true, false, MemberStatus.ACTIVE, MemberRole.COORDINATOR);
    static final Standing ADMIN = new Standing(true, true, true, null, null);

    @Test
    void adding_needsAVerifiedAddress() {
        assertTrue(PlacePolicy.add(VERIFIED));
        assertFalse(PlacePolicy.add(UNVERIFIED));
        assertFalse(PlacePolicy.add(Standing.VISITOR));
    }

    @Test
    void editing_isForTheAuthorTheGroupsCoordinatorsAndAdmins() {
        assertTrue(PlacePolicy.edit(VERIFIED, true));
        assertFalse(PlacePolicy.edit(UNVERIFIED, true));
        assertFalse(PlacePolicy.edit(MEMBER, false));
        assertTrue(PlacePolicy.edit(COORDINATOR, false));
        assertTrue(PlacePolicy.edit(ADMIN, false));
        assertFalse(PlacePolicy.edit(Standing.VISITOR, false));
    }

    @Test
    void theReferentsNameAndRole_areForSignedInPeople() {
        assertFalse(PlacePolicy.seeReferent(Standing.VISITOR));
        assertTrue(PlacePolicy.seeReferent(UNVERIFIED));
    }

    @Test
    void askingToVisit_needsAWelcomeAReferentAndAVerifiedAddress_andIsNotForTheAuthor() {
        assertTrue(PlacePolicy.request(VERIFIED, true, true, false));
        assertFalse(PlacePolicy.request(VERIFIED, false, true, false));
        assertFalse(PlacePolicy.request(VERIFIED, true, false, false));
        assertFalse(PlacePolicy.request(UNVERIFIED, true, true, false));
        assertFalse(PlacePolicy.request(VERIFIED, true, true, true));
    }

    @Test
    void importing_isForCoordinators() {
        assertTrue(PlacePolicy.importInto(COORDINATOR));
        assertTrue(PlacePolicy.importInto(ADMIN));
        assertFalse(PlacePolicy.importInto(MEMBER));
    }
}
