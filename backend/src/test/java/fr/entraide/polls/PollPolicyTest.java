package fr.entraide.polls;

import fr.entraide.groups.GroupPolicyTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PollPolicyTest {

    @ParameterizedTest(name = "{0}, author {1}, open {2}, answering {3}: vote {4}, close {5}, as meeting {6}, as workshop {7}")
    @CsvSource({
            "visitor,     false, true,  true,  false, false, false, false",
            "outsider,    true,  true,  true,  false, false, false, false",
            "pending,     true,  true,  true,  false, false, false, false",
            "member,      false, true,  true,  true,  false, false, false",
            "member,      true,  true,  true,  true,  true,  false, true",
            "member,      true,  true,  false, false, true,  false, true",
            "member,      true,  false, false, false, false, false, false",
            "coordinator, false, true,  true,  true,  true,  true,  true",
            "siteAdmin,   false, true,  true,  false, true,  true,  false",
    })
    void rules(String who, boolean author, boolean open, boolean answering, boolean vote, boolean close,
               boolean asMeeting, boolean asWorkshop) {
        PollCan can = PollPolicy.can(GroupPolicyTest.standing(who), author, open, answering);
        assertEquals(vote, can.vote(), "vote");
        assertEquals(close, can.close(), "close");
        assertEquals(asMeeting, can.createMeeting(), "make a meeting");
        assertEquals(asWorkshop, can.createWorkshop(), "make a workshop");
    }
}
