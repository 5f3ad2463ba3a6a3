package fr.entraide.forum;

import fr.entraide.groups.GroupPolicyTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForumPolicyTest {

    @ParameterizedTest(name = "{0}, author {1}, locked {2}: reply {3}, edit {4}, moderate {5}")
    @CsvSource({
            "visitor,     false, false, false, false, false",
            "outsider,    false, false, false, false, false",
            "outsider,    true,  false, false, false, false",
            "pending,     true,  false, false, false, false",
            "member,      false, false, true,  false, false",
            "member,      true,  false, true,  true,  false",
            "member,      true,  true,  false, true,  false",
            "coordinator, false, true,  true,  true,  true",
            "siteAdmin,   false, false, false, true,  true",
    })
    void threads(String who, boolean author, boolean locked, boolean reply, boolean edit, boolean moderate) {
        ThreadCan can = ForumPolicy.can(GroupPolicyTest.standing(who), locked, author);
        assertEquals(reply, can.reply(), "reply");
        assertEquals(edit, can.edit(), "edit");
        assertEquals(moderate, can.moderate(), "moderate");
    }

    @ParameterizedTest(name = "{0}, author {1}, deleted {2}, already reported {3}: edit {4}, report {5}")
    @CsvSource({
            "visitor,     false, false, false, false, false",
            "member,      false, false, false, false, true",
            "member,      false, false, true,  false, false",
            "member,      true,  false, false, true,  false",
            "member,      true,  true,  false, false, false",
            "outsider,    true,  false, false, false, false",
            "coordinator, false, false, false, true,  true",
            "siteAdmin,   false, false, false, true,  false",
    })
    void posts(String who, boolean author, boolean deleted, boolean reported, boolean edit, boolean report) {
        PostCan can = ForumPolicy.can(GroupPolicyTest.standing(who), author, deleted, reported);
        assertEquals(edit, can.edit(), "edit");
        assertEquals(report, can.report(), "report");
    }
}
