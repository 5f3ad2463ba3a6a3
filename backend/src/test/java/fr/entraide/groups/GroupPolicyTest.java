package fr.entraide.groups;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class GroupPolicyTest {

    /** A caller by name: who they are, then their membership if any. */
    public static Standing standing(String who) {
        return switch (who) {
            case "visitor" -> Standing.VISITOR;
            case "unverified" -> new Standing(true, false, false, null, null);
            case "outsider" -> new Standing(true, true, false, null, null);
            case "pending" -> new Standing(true, true, false, MemberStatus.PENDING, MemberRole.MEMBER);
            case "member" -> new Standing(true, true, false, MemberStatus.ACTIVE, MemberRole.MEMBER);
            case "pendingCoordinator" -> new Standing(true, true, false, MemberStatus.PENDING, MemberRole.COORDINATOR);
            case "coordinator" -> new Standing(true, true, false, MemberStatus.ACTIVE, MemberRole.COORDINATOR);
            case "siteAdmin" -> new Standing(true, true, true, null, null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0}: read private {1}, join OPEN {2}, join INVITE {3}, leave {4}, take part {5}, coordinate {6}, visio {7}")
    @CsvSource({
            "visitor,            false, false, false, false, false, false, false",
            "unverified,         false, false, false, false, false, false, false",
            "outsider,           false, true,  false, false, false, false, false",
            "pending,            false, false, false, true,  false, false, false",
            "member,             true,  false, false, true,  true,  false, true",
            "pendingCoordinator, false, false, false, true,  false, false, false",
            "coordinator,        true,  false, false, true,  true,  true,  true",
            "siteAdmin,          true,  true,  false, false, false, true,  true",
    })
    void rules(String who, boolean readPrivate, boolean joinOpen, boolean joinInvite, boolean leave, boolean takePart,
               boolean coordinate, boolean visio) {
        Standing standing = standing(who);
        assertEquals(true, GroupPolicy.read(Visibility.PUBLIC, standing), "anyone reads a public group");
        assertEquals(readPrivate, GroupPolicy.read(Visibility.PRIVATE, standing), "read a private group");
        assertEquals(joinOpen, GroupPolicy.join(JoinPolicy.OPEN, standing), "join an open group");
        assertEquals(joinOpen, GroupPolicy.join(JoinPolicy.APPROVAL, standing), "ask to join");
        assertEquals(joinInvite, GroupPolicy.join(JoinPolicy.INVITE, standing), "join a group by invitation only");
        assertEquals(leave, GroupPolicy.leave(standing), "leave");
        assertEquals(takePart, GroupPolicy.takePart(standing), "take part");
        assertEquals(coordinate, GroupPolicy.coordinate(standing), "coordinate");
        assertEquals(visio, GroupPolicy.seeOnlineLinks(standing), "see visio links");
    }

    @ParameterizedTest(name = "the view of {0}: take part {1}, coordinate {2}")
    @CsvSource({
            "visitor,     false, false",
            "member,      true,  false",
            "coordinator, true,  true",
            "siteAdmin,   false, true",
    })
    void theViewCarriesTheSameRules(String who, boolean takePart, boolean coordinate) {
        Group group = new Group();
        group.joinPolicy = JoinPolicy.OPEN;
        GroupCan can = GroupPolicy.can(group, standing(who));
        assertEquals(takePart, can.takePart());
        assertEquals(coordinate, can.coordinate());
    }

    @ParameterizedTest(name = "an unverified {0} may neither take part nor coordinate in the view")
    @CsvSource({"MEMBER", "COORDINATOR"})
    void writingNeedsAVerifiedAddress(MemberRole role) {
        Group group = new Group();
        group.joinPolicy = JoinPolicy.OPEN;
        GroupCan can = GroupPolicy.can(group, new Standing(true, false, false, MemberStatus.ACTIVE, role));
        assertEquals(false, can.takePart());
        assertEquals(false, can.coordinate());
    }
}
