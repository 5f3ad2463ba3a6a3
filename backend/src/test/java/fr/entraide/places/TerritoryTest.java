package fr.entraide.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerritoryTest {

    @ParameterizedTest
    @CsvSource({"75001,75,11", "44300,44,52", "01000,01,84", "20000,2A,94", "20190,2A,94", "20200,2B,94",
            "20600,2B,94", "97100,971,01", "97133,971,01", "97200,972,02", "97300,973,03", "97400,974,04",
            "97600,976,06", "69003,69,84", "13001,13,93", "59000,59,32", "67000,67,44", "35000,35,53"})
    void postcodes(String postcode, String department, String region) {
        Territory territory = Territory.ofPostcode(postcode).orElseThrow();
        assertEquals(department, territory.department());
        assertEquals(region, territory.region());
    }

    @Test
    void saintPierreEtMiquelon_hasADepartmentCodeButNoRegion() {
        Territory territory = Territory.ofPostcode("97500").orElseThrow();
        assertEquals("975", territory.department());
        assertEquals(null, territory.region());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00100", "96000", "97700", "98000", "7500", "750011", "AB123"})
    void notAFrenchDepartment(String postcode) {
        assertTrue(Territory.ofPostcode(postcode).isEmpty(), postcode);
    }
}
