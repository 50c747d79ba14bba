package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Self-tests of {@code bundesressorts.tsv}: the table is consistent and every entry can be reached. */
class BundesressortTabelleTest {

    static Stream<Bundesressort> alle() {
        return Bundesressort.alle().stream();
    }

    @Test
    void resourceLoadsWithItsHeader() {
        Referenztabelle t = Referenztabelle.lade("bundesressorts.tsv");
        assertFalse(t.version().isBlank());
        assertTrue(t.stand().matches("\\d{4}-\\d{2}-\\d{2}"), t.stand());
        assertFalse(t.quelle().isBlank());
        assertEquals(t.zeilen().size(), Bundesressort.alle().size());
    }

    @Test
    void coversEveryRessortOfTheDomainAndBothReorganisations() {
        LocalDate d2019 = LocalDate.of(2019, 6, 1);
        LocalDate d2022 = LocalDate.of(2022, 6, 1);
        LocalDate d2025 = LocalDate.of(2025, 6, 1);
        for (String k : List.of("AA", "BMAS", "BMI", "BMBF", "BMFSFJ", "BMWi", "BMG", "BMVI", "BMJV", "BMF", "BMU", "BMEL")) {
            assertTrue(Bundesressort.find(k, d2019).isPresent(), k + " in 2019");
        }
        for (String k : List.of("AA", "BMAS", "BMI", "BMWSB", "BMBF", "BMFSFJ", "BMWK", "BMG", "BMDV", "BMJ", "BMF",
                "BMUV", "BMEL")) {
            assertTrue(Bundesressort.find(k, d2022).isPresent(), k + " in 2022");
        }
        for (String k : List.of("AA", "BMAS", "BMI", "BMWSB", "BMV", "BMDS", "BMWE", "BMJV", "BMLEH", "BMBFSFJ", "BMFTR",
                "BMUKN", "BMG", "BMF", "BMVg", "BMZ")) {
            assertTrue(Bundesressort.find(k, d2025).isPresent(), k + " in 2025");
        }
    }

    /**
     * The cabinets since the OZG came into force (2017-08-18): on each day exactly the ressorts of the
     * government then in office are valid, so every lookup of that time has an answer. Merkel III
     * until 2018-03-13, Merkel IV until 2021-12-07, Scholz until 2025-05-05, then Merz.
     */
    @Test
    void everyRessortInOfficeSinceTheOzgCameIntoForce() {
        assertKabinett(LocalDate.of(2017, 8, 18), "AA", "BMAS", "BMBF", "BMEL", "BMF", "BMFSFJ", "BMG", "BMI", "BMJV",
                "BMUB", "BMVI", "BMVg", "BMWi", "BMZ");
        assertKabinett(LocalDate.of(2018, 3, 13), "AA", "BMAS", "BMBF", "BMEL", "BMF", "BMFSFJ", "BMG", "BMI", "BMJV",
                "BMUB", "BMVI", "BMVg", "BMWi", "BMZ");
        assertKabinett(LocalDate.of(2018, 3, 14), "AA", "BMAS", "BMBF", "BMEL", "BMF", "BMFSFJ", "BMG", "BMI", "BMJV",
                "BMU", "BMVI", "BMVg", "BMWi", "BMZ");
        assertKabinett(LocalDate.of(2021, 12, 8), "AA", "BMAS", "BMBF", "BMDV", "BMEL", "BMF", "BMFSFJ", "BMG", "BMI",
                "BMJ", "BMUV", "BMVg", "BMWK", "BMWSB", "BMZ");
        assertKabinett(LocalDate.of(2025, 5, 6), "AA", "BMAS", "BMBFSFJ", "BMDS", "BMF", "BMFTR", "BMG", "BMI", "BMJV",
                "BMLEH", "BMUKN", "BMV", "BMVg", "BMWE", "BMWSB", "BMZ");
        for (LocalDate d = LocalDate.of(2017, 8, 18); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            LocalDate day = d;
            long n = Bundesressort.alle().stream().filter(r -> r.isGueltigAm(day)).count();
            assertTrue(n >= 14 && n <= 16, n + " ressorts on " + d);
        }
    }

    private static void assertKabinett(LocalDate tag, String... kuerzel) {
        Set<String> gueltig = new java.util.TreeSet<>();
        for (Bundesressort r : Bundesressort.alle()) {
            if (r.isGueltigAm(tag)) {
                assertTrue(gueltig.add(r.kuerzel()), "two identities named " + r.kuerzel() + " on " + tag);
            }
        }
        assertEquals(new java.util.TreeSet<>(List.of(kuerzel)), gueltig, tag.toString());
    }

    @Test
    void theBmiBeforeItsRenamingOf2018() {
        LocalDate tag = LocalDate.of(2018, 1, 1);
        Bundesressort bmi = Bundesressort.of("BMI", tag);
        assertEquals("Bundesministerium des Innern", bmi.bezeichnung());
        assertEquals(Optional.of(LocalDate.of(2018, 3, 13)), bmi.gueltigBis());
        assertEquals("Bundesministerium des Innern, für Bau und Heimat", bmi.nachfolger().orElseThrow().bezeichnung());
        assertTrue(bmi.quelle().contains("14.03.2018"), bmi.quelle());
        Bundesressort bmub = Bundesressort.of("BMUB", tag);
        assertEquals("Bundesministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit", bmub.bezeichnung());
        assertEquals("BMU", bmub.traegerAm(LocalDate.of(2018, 3, 14)).orElseThrow().kuerzel());
        assertEquals("BMUKN", bmub.traegerAm(LocalDate.of(2025, 5, 6)).orElseThrow().kuerzel());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alle")
    void everyEntryNamesItsSource(Bundesressort r) {
        assertFalse(r.quelle().isBlank(), r.toString());
        assertEquals(r.quelle().strip(), r.quelle());
        r.gueltigAb().filter(ab -> ab.getYear() >= 2018).ifPresent(ab -> assertTrue(
                r.quelle().contains(String.format("%02d.%02d.%d", ab.getDayOfMonth(), ab.getMonthValue(), ab.getYear())),
                r + " begins on " + ab + " but cites " + r.quelle()));
    }

    @Test
    void idsAreUniqueAndNamesPresent() {
        Set<String> ids = new HashSet<>();
        for (Bundesressort r : Bundesressort.alle()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertFalse(r.kuerzel().isBlank());
            assertTrue(r.bezeichnung().equals("Auswärtiges Amt") || r.bezeichnung().startsWith("Bundesministerium "),
                    r.bezeichnung());
            assertEquals(r.bezeichnung().strip(), r.bezeichnung());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alle")
    void successorResolvesAndJoinsWithoutGapOrOverlap(Bundesressort r) {
        Optional<Bundesressort> n = r.nachfolger();
        if (n.isEmpty()) {
            return;
        }
        LocalDate ende = r.gueltigBis().orElseThrow(() -> new AssertionError(r + " has a successor but no end"));
        LocalDate beginn = n.get().gueltigAb().orElseThrow(() -> new AssertionError(n.get() + " has no start"));
        assertEquals(ende.plusDays(1), beginn, r + " -> " + n.get());
        assertTrue(Bundesressort.alle().contains(n.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alle")
    void chainsEndAndNeverLoop(Bundesressort r) {
        Set<Bundesressort> seen = new HashSet<>();
        Optional<Bundesressort> cur = Optional.of(r);
        while (cur.isPresent()) {
            assertTrue(seen.add(cur.get()), "loop at " + cur.get());
            cur = cur.get().nachfolger();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alle")
    void notValidOutsideItsPeriod(Bundesressort r) {
        r.gueltigAb().ifPresent(ab -> {
            assertTrue(r.isGueltigAm(ab));
            assertFalse(r.isGueltigAm(ab.minusDays(1)), r + " the day before it began");
            assertEquals(Optional.empty(), r.traegerAm(ab.minusDays(1)));
            assertFalse(Bundesressort.find(r.kuerzel(), ab.minusDays(1)).filter(r::equals).isPresent());
        });
        r.gueltigBis().ifPresent(bis -> {
            assertTrue(r.isGueltigAm(bis));
            assertFalse(r.isGueltigAm(bis.plusDays(1)), r + " the day after it ended");
            assertFalse(Bundesressort.find(r.kuerzel(), bis.plusDays(1)).filter(r::equals).isPresent());
            assertEquals(r.nachfolger(), r.traegerAm(bis.plusDays(1)));
        });
    }

    /** Every entry is the answer of a lookup by Kürzel, by full name and by id on some day. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("alle")
    void reachableByKuerzelNameAndId(Bundesressort r) {
        LocalDate day = r.gueltigAb().orElse(r.gueltigBis().orElse(LocalDate.of(2022, 1, 1)));
        assertEquals(Optional.of(r), Bundesressort.find(r.kuerzel(), day));
        assertEquals(Optional.of(r), Bundesressort.find(r.bezeichnung(), day));
        assertEquals(Optional.of(r), Bundesressort.findById(r.id()));
        assertEquals(Optional.of(r), r.traegerAm(day));
    }

    /** A Kürzel (or name) never stands for two identities on the same day, so lookups are unambiguous. */
    @Test
    void noTwoIdentitiesShareAKuerzelOrNameOnOneDay() {
        List<Bundesressort> alle = Bundesressort.alle();
        for (Bundesressort a : alle) {
            for (Bundesressort b : alle) {
                if (a == b) {
                    continue;
                }
                boolean sameKey = a.kuerzel().toLowerCase(Locale.ROOT).equals(b.kuerzel().toLowerCase(Locale.ROOT))
                        || a.bezeichnung().equalsIgnoreCase(b.bezeichnung());
                if (sameKey) {
                    assertFalse(ueberlappen(a, b), a + " overlaps " + b);
                }
            }
        }
    }

    private static boolean ueberlappen(Bundesressort a, Bundesressort b) {
        LocalDate aStart = a.gueltigAb().orElse(LocalDate.MIN);
        LocalDate aEnd = a.gueltigBis().orElse(LocalDate.MAX);
        LocalDate bStart = b.gueltigAb().orElse(LocalDate.MIN);
        LocalDate bEnd = b.gueltigBis().orElse(LocalDate.MAX);
        return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
    }

    @Test
    void everyIdentityHasAtMostOnePredecessor() {
        Set<Bundesressort> successors = new HashSet<>();
        for (Bundesressort r : Bundesressort.alle()) {
            r.nachfolger().ifPresent(n -> assertTrue(successors.add(n), n + " has two predecessors"));
        }
    }

    @Test
    void listIsImmutable() {
        List<Bundesressort> alle = Bundesressort.alle();
        assertNotNull(alle);
        assertThrows(UnsupportedOperationException.class, () -> alle.remove(0));
    }

    @Test
    void missingResourceIsReportedAsBroken() {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Referenztabelle.lade("gibt-es-nicht.tsv"));
        assertEquals(ReferenceViolation.BROKEN_RESOURCE, e.violation());
    }
}
