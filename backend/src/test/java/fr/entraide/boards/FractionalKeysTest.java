package fr.entraide.boards;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FractionalKeysTest {

    static void assertBetween(String before, String key, String after) {
        assertTrue(before == null || before.compareTo(key) < 0, before + " < " + key);
        assertTrue(after == null || key.compareTo(after) < 0, key + " < " + after);
        assertTrue(!key.endsWith("0"), key + " does not end with the smallest digit");
    }

    @Test
    void keys_fallBetweenTheirNeighbours() {
        assertEquals("V", FractionalKeys.between(null, null));
        assertEquals("l", FractionalKeys.between("V", null));
        assertEquals("G", FractionalKeys.between(null, "V"));
        assertEquals("1V", FractionalKeys.between("1", "2"));
        assertEquals("0V", FractionalKeys.between(null, "1"));
        assertEquals("0G", FractionalKeys.between(null, "0V"));
        assertBetween("a", FractionalKeys.between("a", "a1"), "a1");
        assertBetween("zzz", FractionalKeys.between("zzz", null), null);
        assertBetween("az", FractionalKeys.between("az", "b"), "b");
    }

    @Test
    void badNeighbours_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> FractionalKeys.between("b", "a"));
        assertThrows(IllegalArgumentException.class, () -> FractionalKeys.between("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> FractionalKeys.between("a0", null));
        assertThrows(IllegalArgumentException.class, () -> FractionalKeys.between("a-", null));
    }

    /** A thousand insertions at random places keep a strictly ordered list of short keys. */
    @Test
    void randomInsertions_keepTheOrder_andTheKeysShort() {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int at = random.nextInt(keys.size() + 1);
            String before = at == 0 ? null : keys.get(at - 1);
            String after = at == keys.size() ? null : keys.get(at);
            String key = FractionalKeys.between(before, after);
            assertBetween(before, key, after);
            keys.add(at, key);
        }
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0);
        }
        assertTrue(keys.stream().mapToInt(String::length).max().orElseThrow() < 12, "keys stay short");
    }

    /** Always at the top, the worst case: one character more every few insertions, never a collision. */
    @Test
    void insertingAlwaysFirst_growsSlowly() {
        String first = null;
        for (int i = 0; i < 200; i++) {
            String key = FractionalKeys.between(null, first);
            assertBetween(null, key, first);
            first = key;
        }
        assertTrue(first.length() <= 200 / 5 + 1, "length " + first.length());
    }
}
