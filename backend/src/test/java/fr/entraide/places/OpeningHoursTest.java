package fr.entraide.places;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningHoursTest {

    @ParameterizedTest
    @ValueSource(strings = {"24/7", "Mo-Fr 09:00-18:00", "Tu-Sa 10:00-12:30,14:00-18:00; Su off",
            "Mo,We,Fr 14:00-19:00; Sa 10:00-18:00", "Mo-Fr 08:00-12:00, 13:00-17:30", "Jul-Aug Tu-Sa 10:00-13:00",
            "Dec 25 off", "PH off", "Mo-Fr 09:00-17:00; PH closed", "Sa 10:00-18:00 \"sur rendez-vous\"",
            "Mo[1] 18:00-20:00", "Fr 18:00+", "2026 Jan-Jun Mo 10:00-12:00", "week 1-26 We 14:00-16:00",
            "Mo-Sa 10:00-12:00 || \"sur rendez-vous\"", "Mo-Fr: 09:00-12:00", "Su 14:00-18:00 open"})
    void validValues(String value) {
        assertTrue(OpeningHours.valid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "du lundi au vendredi", "Mo-Fr 9h-18h", "Lu-Ve 09:00-18:00", "Mo-Fr 25:00-26:00",
            "09:00-18:00 Mo-Fr", "Mo-Fr 09:60-18:00", "Mo-Fr off 09:00-12:00"})
    void invalidValues(String value) {
        assertFalse(OpeningHours.valid(value), value);
    }
}
