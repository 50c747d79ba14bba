package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundesressortTest {

    private static final LocalDate VOR_2021 = LocalDate.of(2021, 12, 7);
    private static final LocalDate AB_2021 = LocalDate.of(2021, 12, 8);
    private static final LocalDate VOR_2025 = LocalDate.of(2025, 5, 5);
    private static final LocalDate AB_2025 = LocalDate.of(2025, 5, 6);

    private static Bundesressort am(String kuerzel, LocalDate date) {
        return Bundesressort.of(kuerzel, date);
    }

    @Test
    void bmviIsCarriedByBmdvAndThenByBmv() {
        Bundesressort bmvi = am("BMVI", LocalDate.of(2020, 1, 1));
        assertEquals("Bundesministerium für Verkehr und digitale Infrastruktur", bmvi.bezeichnung());
        assertEquals(Optional.of(bmvi), bmvi.traegerAm(VOR_2021));
        assertEquals("BMDV", bmvi.traegerAm(LocalDate.of(2022, 1, 1)).orElseThrow().kuerzel());
        assertEquals("BMDV", bmvi.traegerAm(AB_2021).orElseThrow().kuerzel());
        assertEquals("BMDV", bmvi.traegerAm(VOR_2025).orElseThrow().kuerzel());
        assertEquals("BMV", bmvi.traegerAm(AB_2025).orElseThrow().kuerzel());
        assertEquals("BMV", bmvi.traegerAm(LocalDate.of(2025, 6, 1)).orElseThrow().kuerzel());
        assertEquals(Optional.of(am("BMDV", AB_2021)), bmvi.nachfolger());
        assertEquals(Optional.of(am("BMV", AB_2025)), am("BMDV", AB_2021).nachfolger());
        assertEquals(Optional.empty(), am("BMV", AB_2025).nachfolger());
    }

    @Test
    void bmjvOf2020AndBmjvOf2025AreDifferentIdentities() {
        Bundesressort alt = am("BMJV", LocalDate.of(2020, 6, 1));
        Bundesressort neu = am("BMJV", LocalDate.of(2025, 6, 1));
        assertNotEquals(alt, neu);
        assertNotEquals(alt.id(), neu.id());
        assertEquals(alt.kuerzel(), neu.kuerzel());
        assertEquals(Optional.empty(), Bundesressort.find("BMJV", LocalDate.of(2023, 1, 1)));
        assertEquals("BMJ", Bundesressort.of("BMJ", LocalDate.of(2023, 1, 1)).kuerzel());
        assertEquals(Optional.of(neu), alt.traegerAm(AB_2025), "the old BMJV's duties return to a new BMJV via the BMJ");
        assertEquals("BMJ", alt.traegerAm(LocalDate.of(2023, 1, 1)).orElseThrow().kuerzel());
        assertEquals(Optional.empty(), neu.traegerAm(LocalDate.of(2020, 6, 1)), "no search backwards");
    }

    /** The hole before 2018-03-14: the BMI of 2018-01-01 is the Bundesministerium des Innern. */
    @Test
    void bmiBeforeTheRenamingOf2018() {
        Bundesressort bmi2018 = am("BMI", LocalDate.of(2018, 1, 1));
        assertEquals("Bundesministerium des Innern", bmi2018.bezeichnung());
        assertEquals(Optional.of(am("BMI", LocalDate.of(2018, 3, 14))), bmi2018.nachfolger());
        assertEquals(Optional.of(am("BMI", LocalDate.of(2025, 6, 1))), bmi2018.traegerAm(LocalDate.of(2025, 6, 1)));
        assertEquals(Optional.empty(), Bundesressort.find("BMU", LocalDate.of(2018, 1, 1)), "then the BMUB");
        assertEquals("BMUB", am("Bundesministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit",
                LocalDate.of(2018, 1, 1)).kuerzel());
    }

    @Test
    void bmiKeepsItsKuerzelAcrossBothReorganisations() {
        Bundesressort bmi2020 = am("BMI", LocalDate.of(2020, 1, 1));
        Bundesressort bmi2022 = am("BMI", LocalDate.of(2022, 1, 1));
        Bundesressort bmi2025 = am("BMI", LocalDate.of(2025, 6, 1));
        assertNotEquals(bmi2020, bmi2022);
        assertNotEquals(bmi2022, bmi2025);
        assertEquals(Optional.of(bmi2022), bmi2020.nachfolger());
        assertEquals(Optional.of(bmi2025), bmi2020.traegerAm(LocalDate.of(2025, 6, 1)));
        assertTrue(bmi2020.bezeichnung().contains("Bau"));
        assertFalse(bmi2022.bezeichnung().contains("Bau"));
        assertEquals("Bundesministerium des Innern", bmi2025.bezeichnung());
        assertTrue(bmi2025.isGesichert(), "the 2025 name is confirmed by the reports on the Organisationserlass");
        assertTrue(bmi2025.quelle().contains("06.05.2025"), bmi2025.quelle());
        assertTrue(bmi2022.isGesichert());
    }

    @Test
    void renamingsOf2021() {
        assertRenamed("BMVI", "BMDV", AB_2021);
        assertRenamed("BMWi", "BMWK", AB_2021);
        assertRenamed("BMU", "BMUV", AB_2021);
        assertRenamed("BMJV", "BMJ", AB_2021);
        assertEquals(Optional.empty(), Bundesressort.find("BMWSB", VOR_2021));
        Bundesressort bmwsb = am("BMWSB", AB_2021);
        assertEquals(Optional.of(AB_2021), bmwsb.gueltigAb());
        assertEquals(bmwsb, am("BMWSB", LocalDate.of(2026, 1, 1)), "BMWSB survives 2025 unchanged");
    }

    @Test
    void renamingsOf2025() {
        assertRenamed("BMDV", "BMV", AB_2025);
        assertRenamed("BMWK", "BMWE", AB_2025);
        assertRenamed("BMJ", "BMJV", AB_2025);
        assertRenamed("BMEL", "BMLEH", AB_2025);
        assertRenamed("BMFSFJ", "BMBFSFJ", AB_2025);
        assertRenamed("BMBF", "BMFTR", AB_2025);
        assertRenamed("BMUV", "BMUKN", AB_2025);
        Bundesressort bmds = am("BMDS", AB_2025);
        assertEquals("Bundesministerium für Digitales und Staatsmodernisierung", bmds.bezeichnung());
        assertEquals(Optional.empty(), Bundesressort.find("BMDS", VOR_2025));
        assertTrue(Bundesressort.alle().stream().noneMatch(r -> r.nachfolger().equals(Optional.of(bmds))),
                "the BMDS is new, no identity's successor");
    }

    private static void assertRenamed(String alt, String neu, LocalDate stichtag) {
        Bundesressort vorher = am(alt, stichtag.minusDays(1));
        Bundesressort nachher = am(neu, stichtag);
        assertEquals(Optional.of(nachher), vorher.nachfolger(), alt + " -> " + neu);
        assertEquals(Optional.of(stichtag.minusDays(1)), vorher.gueltigBis());
        assertEquals(Optional.of(stichtag), nachher.gueltigAb());
        assertFalse(vorher.isGueltigAm(stichtag));
        assertFalse(nachher.isGueltigAm(stichtag.minusDays(1)));
        assertEquals(Optional.of(nachher), vorher.traegerAm(stichtag));
    }

    @Test
    void lookupIgnoresCaseBlanksAndAcceptsFullNames() {
        LocalDate d = LocalDate.of(2022, 3, 1);
        Bundesressort bmdv = am("BMDV", d);
        assertSame(bmdv, am(" bmdv\u00a0", d));
        assertSame(bmdv, am("Bundesministerium für Digitales und Verkehr", d));
        assertEquals(Optional.of(bmdv), Bundesressort.findById(bmdv.id()));
        assertEquals("BMWi", am("bmwi", LocalDate.of(2020, 1, 1)).kuerzel());
        assertSame(bmdv, am("\u2009BMDV\u3000", d), "every Unicode blank");
        assertSame(bmdv, am("Bundesministerium fuer Digitales\u00a0und Verkehr", d));
        assertSame(bmdv, am("B\u200BMDV", d), "invisible characters are dropped");
    }

    @Test
    void unknownKuerzelAndInvalidDatesAreTwoDifferentErrors() {
        UnknownReferenceException unknown = assertThrows(UnknownReferenceException.class,
                () -> Bundesressort.of("BMXY", LocalDate.of(2022, 1, 1)));
        assertEquals(ReferenceViolation.UNKNOWN_BUNDESRESSORT, unknown.violation());
        assertEquals(Optional.of("BMXY"), unknown.actualValue());

        UnknownReferenceException tooEarly = assertThrows(UnknownReferenceException.class,
                () -> Bundesressort.of("BMDV", VOR_2021));
        assertEquals(ReferenceViolation.RESSORT_NOT_VALID_AT_DATE, tooEarly.violation());
        assertTrue(tooEarly.getMessage().contains("2021-12-08..2025-05-05"), tooEarly.getMessage());
        assertTrue(tooEarly.getMessage().contains("'BMDV'"), tooEarly.getMessage());

        UnknownReferenceException tooLate = assertThrows(UnknownReferenceException.class,
                () -> Bundesressort.of("BMVI", LocalDate.of(2022, 1, 1)));
        assertEquals(ReferenceViolation.RESSORT_NOT_VALID_AT_DATE, tooLate.violation());

        assertEquals(ReferenceViolation.UNKNOWN_BUNDESRESSORT,
                assertThrows(UnknownReferenceException.class, () -> Bundesressort.of(null, AB_2021)).violation());
        assertEquals(Optional.empty(), Bundesressort.find(null, AB_2021));
        assertEquals(Optional.empty(), Bundesressort.find("", AB_2021));
        assertEquals(Optional.empty(), Bundesressort.findById(null));
        assertEquals(Optional.empty(), Bundesressort.findById("BMDV"), "ids are not Kürzel");
    }

    @Test
    void traegerAmIsEmptyBeforeTheIdentityBegan() {
        Bundesressort bmdv = am("BMDV", AB_2021);
        assertEquals(Optional.empty(), bmdv.traegerAm(VOR_2021));
        assertEquals(Optional.empty(), bmdv.traegerAm(LocalDate.of(1990, 1, 1)));
        assertEquals(Optional.of(bmdv), bmdv.traegerAm(AB_2021));
    }

    @Test
    void openStartMeansValidForEarlierDates() {
        Bundesressort bmas = am("BMAS", LocalDate.of(2019, 1, 1));
        assertEquals(Optional.empty(), bmas.gueltigAb());
        assertEquals(Optional.empty(), bmas.gueltigBis());
        assertTrue(bmas.isGueltigAm(LocalDate.of(2010, 1, 1)));
        assertTrue(bmas.isGueltigAm(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void nullDateIsAProgrammingError() {
        Bundesressort bmas = am("BMAS", LocalDate.of(2019, 1, 1));
        assertThrows(NullPointerException.class, () -> bmas.isGueltigAm(null));
        assertThrows(NullPointerException.class, () -> bmas.traegerAm(null));
        assertThrows(NullPointerException.class, () -> Bundesressort.find("BMAS", null));
    }

    @Test
    void equalityAndToString() {
        Bundesressort bmdv = am("BMDV", AB_2021);
        assertEquals(bmdv, Bundesressort.findById(bmdv.id()).orElseThrow());
        assertEquals(bmdv.hashCode(), Bundesressort.findById(bmdv.id()).orElseThrow().hashCode());
        assertEquals("BMDV (Bundesministerium für Digitales und Verkehr, 2021-12-08..2025-05-05)", bmdv.toString());
        assertNotEquals(bmdv, am("BMV", AB_2025));
    }
}
