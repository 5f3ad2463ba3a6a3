package fr.entraide.boards;

import fr.entraide.groups.GroupPolicyTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoardPolicyTest {

    @ParameterizedTest(name = "{0}, facilitator {1}, open {2}: take part {3}, reveal/close {4}, promote {5}")
    @CsvSource({
            "visitor,     false, true,  false, false, false",
            "unverified,  false, true,  false, false, false",
            "outsider,    false, true,  false, false, false",
            "pending,     false, true,  false, false, false",
            "pending,     true,  true,  false, false, false",
            "member,      false, true,  true,  false, false",
            "member,      true,  true,  true,  true,  false",
            "member,      true,  false, false, false, false",
            "coordinator, false, true,  true,  true,  true",
            "coordinator, false, false, false, false, true",
            "siteAdmin,   false, true,  false, true,  true",
    })
    void board(String who, boolean facilitator, boolean open, boolean takePart, boolean facilitate, boolean promote) {
        BoardCan can = BoardPolicy.can(GroupPolicyTest.standing(who), facilitator, open);
        assertEquals(takePart, can.takePart(), "take part");
        assertEquals(facilitate, can.reveal(), "reveal");
        assertEquals(facilitate, can.close(), "close");
        assertEquals(promote, can.promote(), "promote");
    }

    @ParameterizedTest(name = "{0}, facilitator {1}, open {2}, author {3}: edit {4}, delete {5}")
    @CsvSource({
            "visitor,     false, true,  false, false, false",
            "outsider,    false, true,  true,  false, false",
            "pending,     false, true,  true,  false, false",
            "member,      false, true,  false, false, false",
            "member,      false, true,  true,  true,  true",
            "member,      true,  true,  false, false, true",
            "member,      false, false, true,  false, false",
            "coordinator, false, true,  false, false, true",
            "siteAdmin,   false, true,  false, false, true",
    })
    void card(String who, boolean facilitator, boolean open, boolean author, boolean edit, boolean delete) {
        CardCan can = BoardPolicy.can(GroupPolicyTest.standing(who), facilitator, open, author);
        assertEquals(edit, can.edit(), "edit");
        assertEquals(delete, can.delete(), "delete");
    }
}
