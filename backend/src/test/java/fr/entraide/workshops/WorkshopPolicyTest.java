package fr.entraide.workshops;

import fr.entraide.groups.GroupPolicyTest;
import fr.entraide.groups.Standing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkshopPolicyTest {

    private static WorkshopPolicy.Relation relation(String relation) {
        return switch (relation) {
            case "none" -> new WorkshopPolicy.Relation(false, null, false);
            case "facilitator" -> new WorkshopPolicy.Relation(true, null, false);
            case "confirmed" -> new WorkshopPolicy.Relation(false, RegistrationStatus.CONFIRMED, false);
            case "waitlisted" -> new WorkshopPolicy.Relation(false, RegistrationStatus.WAITLISTED, false);
            case "problemOwner" -> new WorkshopPolicy.Relation(false, RegistrationStatus.CONFIRMED, true);
            default -> throw new IllegalArgumentException(relation);
        };
    }

    @ParameterizedTest(name = "{0} ({1}) of an {2} workshop: register {3}, withdraw {4}, manage {5}, problems {6}, record {7}, follow {8}")
    @CsvSource({
            "visitor,     none,         OPEN,      false, false, false, false, false, false",
            "outsider,    none,         OPEN,      false, false, false, false, false, false",
            "pending,     none,         OPEN,      false, false, false, false, false, false",
            "member,      none,         OPEN,      true,  false, false, false, false, true",
            "member,      none,         FULL,      true,  false, false, false, false, true",
            "member,      none,         CLOSED,    false, false, false, false, false, true",
            "member,      none,         CANCELLED, false, false, false, false, false, true",
            "member,      confirmed,    OPEN,      false, true,  false, true,  false, true",
            "member,      waitlisted,   FULL,      false, true,  false, false, false, true",
            "member,      confirmed,    CANCELLED, false, false, false, false, false, true",
            "member,      problemOwner, CLOSED,    false, false, false, true,  true,  true",
            "member,      facilitator,  OPEN,      true,  false, true,  false, true,  true",
            "outsider,    facilitator,  OPEN,      false, false, false, false, false, false",
            "coordinator, none,         OPEN,      true,  false, true,  false, true,  true",
            "coordinator, none,         CANCELLED, false, false, false, false, true,  true",
            "siteAdmin,   none,         OPEN,      false, false, true,  false, true,  true",
    })
    void theWorkshopsView(String who, String relation, WorkshopStatus status, boolean register, boolean withdraw,
                          boolean manage, boolean problems, boolean record, boolean follow) {
        WorkshopCan can = WorkshopPolicy.can(GroupPolicyTest.standing(who), relation(relation), status);
        assertEquals(register, can.register(), "register");
        assertEquals(withdraw, can.withdraw(), "withdraw");
        assertEquals(manage, can.manage(), "manage");
        assertEquals(problems, can.bringProblem(), "bring a problem");
        assertEquals(problems, can.vote(), "vote");
        assertEquals(record, can.writeRecord(), "write the record");
        assertEquals(follow, can.follow(), "follow");
    }

    @ParameterizedTest(name = "{0} may propose a workshop: {1}")
    @CsvSource({"visitor, false", "outsider, false", "pending, false", "member, true", "coordinator, true", "siteAdmin, false"})
    void proposing(String who, boolean propose) {
        assertEquals(propose, WorkshopPolicy.propose(GroupPolicyTest.standing(who)));
    }

    @ParameterizedTest(name = "an unverified account is offered nothing to do")
    @CsvSource({"OPEN"})
    void unverified(WorkshopStatus status) {
        WorkshopCan can = WorkshopPolicy.can(new Standing(true, false, false, null, null), relation("facilitator"), status);
        assertEquals(new WorkshopCan(false, false, false, false, false, false, false), can);
    }
}
