package fr.entraide.roadmap;

import fr.entraide.groups.GroupPolicyTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoadmapPolicyTest {

    @ParameterizedTest(name = "{0}, volunteering {1}: manage {2}, volunteer {3}, withdraw {4}")
    @CsvSource({
            "visitor,     false, false, false, false",
            "outsider,    false, false, false, false",
            "pending,     false, false, false, false",
            "member,      false, false, true,  false",
            "member,      true,  false, false, true",
            "coordinator, false, true,  true,  false",
            "siteAdmin,   false, true,  false, false",
    })
    void rules(String who, boolean volunteering, boolean manage, boolean volunteer, boolean withdraw) {
        ActionCan can = RoadmapPolicy.can(GroupPolicyTest.standing(who), volunteering);
        assertEquals(manage, can.manage(), "manage");
        assertEquals(volunteer, can.volunteer(), "volunteer");
        assertEquals(withdraw, can.withdraw(), "withdraw");
        assertEquals(manage, RoadmapPolicy.can(GroupPolicyTest.standing(who)).manage(), "manage the board");
    }
}
