package fr.entraide.meetings;

import fr.entraide.groups.GroupPolicyTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingPolicyTest {

    @ParameterizedTest(name = "{0}, cancelled {1}, over {2}: answer {3}, manage {4}, attendees {5}, schedule {6}")
    @CsvSource({
            "visitor,     false, false, false, false, false, false",
            "outsider,    false, false, false, false, false, false",
            "pending,     false, false, false, false, false, false",
            "member,      false, false, true,  false, true,  false",
            "member,      true,  false, false, false, true,  false",
            "member,      false, true,  false, false, true,  false",
            "coordinator, false, false, true,  true,  true,  true",
            "coordinator, true,  false, false, false, true,  true",
            "siteAdmin,   false, false, false, true,  true,  true",
    })
    void rules(String who, boolean cancelled, boolean over, boolean answer, boolean manage, boolean attendees, boolean schedule) {
        MeetingCan can = MeetingPolicy.can(GroupPolicyTest.standing(who), cancelled, over);
        assertEquals(answer, can.answer(), "answer");
        assertEquals(manage, can.manage(), "manage");
        assertEquals(attendees, can.seeAttendees(), "see attendees");
        assertEquals(schedule, MeetingPolicy.schedule(GroupPolicyTest.standing(who)), "schedule");
    }
}
