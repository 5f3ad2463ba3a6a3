package fr.entraide.common.patch;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PatchTest {

    @Test
    void anOlderVersion_isRefused_theCurrentOneOrNoneIsNot() {
        assertEquals(ProblemType.STALE_VERSION, assertThrows(ProblemException.class, () -> Patch.requireVersion(3L, 4)).type());
        assertDoesNotThrow(() -> Patch.requireVersion(4L, 4));
        assertDoesNotThrow(() -> Patch.requireVersion(null, 4));
    }

    @Test
    void aRequiredText_isStripped_keptWhenAbsent_andRefusedBlankNamingTheField() {
        AtomicReference<String> title = new AtomicReference<>("Avant");
        Patch.requiredText(null, "title", "common.title-blank", title::set);
        assertEquals("Avant", title.get());
        Patch.requiredText("  Après ", "title", "common.title-blank", title::set);
        assertEquals("Après", title.get());
        ProblemException blank = assertThrows(ProblemException.class,
                () -> Patch.requiredText(" \t", "title", "common.title-blank", title::set));
        assertEquals(ProblemType.VALIDATION, blank.type());
        assertEquals("common.title-blank", blank.code());
        assertEquals("title", blank.toProblem("fr").errors().get(0).field());
        assertEquals("Après", title.get());
    }

    @Test
    void anOptionalText_mayBeEmptied() {
        AtomicReference<String> description = new AtomicReference<>("Avant");
        Patch.text(null, description::set);
        assertEquals("Avant", description.get());
        Patch.text("   ", description::set);
        assertEquals("", description.get());
    }
}
