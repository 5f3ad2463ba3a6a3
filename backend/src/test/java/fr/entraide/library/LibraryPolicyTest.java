package fr.entraide.library;

import fr.entraide.files.FileCan;
import fr.entraide.files.FilePolicy;
import fr.entraide.groups.GroupPolicyTest;
import fr.entraide.groups.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's rules and the files' rules, which follow the same shape: members add, adders and coordinators edit. */
class LibraryPolicyTest {

    @ParameterizedTest(name = "{0}, added it {1}: add {2}, edit {3}")
    @CsvSource({
            "visitor,     false, false, false",
            "outsider,    false, false, false",
            "pending,     true,  false, false",
            "member,      false, true,  false",
            "member,      true,  true,  true",
            "coordinator, false, true,  true",
            "siteAdmin,   false, false, true",
    })
    void libraryRules(String who, boolean addedIt, boolean add, boolean edit) {
        Standing standing = GroupPolicyTest.standing(who);
        assertEquals(add, LibraryPolicy.add(standing), "add");
        LibraryCan can = LibraryPolicy.can(standing, addedIt);
        assertEquals(edit, can.edit(), "edit");
        assertEquals(edit, can.delete(), "delete");
    }

    @ParameterizedTest(name = "{0}, uploaded it {1}: upload {2}, delete {3}, usage {4}")
    @CsvSource({
            "visitor,     false, false, false, false",
            "outsider,    false, false, false, false",
            "member,      false, true,  false, false",
            "member,      true,  true,  true,  false",
            "coordinator, false, true,  true,  true",
            "siteAdmin,   false, false, true,  true",
    })
    void fileRules(String who, boolean uploader, boolean upload, boolean delete, boolean usage) {
        Standing standing = GroupPolicyTest.standing(who);
        assertEquals(upload, FilePolicy.upload(standing), "upload");
        FileCan can = FilePolicy.can(standing, uploader);
        assertEquals(delete, can.delete(), "delete");
        assertEquals(usage, FilePolicy.seeUsage(standing), "usage");
    }

    @Test
    void anUnverifiedAdder_mayNotEditFromTheView() {
        Standing unverified = new Standing(true, false, false, fr.entraide.groups.MemberStatus.ACTIVE, fr.entraide.groups.MemberRole.MEMBER);
        assertTrue(LibraryPolicy.edit(unverified, true));
        assertFalse(LibraryPolicy.can(unverified, true).edit());
    }
}
