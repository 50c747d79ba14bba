package de.ozg.core.model;

import static de.ozg.core.model.OzgLeistungTest.leika;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OzgKatalogTest {

    static final LocalDate STAND = LocalDate.of(2019, 12, 31);
    static final Lebenslage GEBURT = OzgLeistungTest.GEBURT;
    static final Lebenslage GEBURT_TYPISIERT = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND, Lagetyp.LEBENSLAGE);
    static final Lebenslage SCHULE = Lebenslage.of("Schule", Themenfeld.BILDUNG);

    static OzgLeistung buendel(int id, String name, Lebenslage lage, LeikaLeistung... leistungen) {
        return OzgLeistung.builder().ozgId(OzgId.of(id)).bezeichnung(name).themenfeld(lage.themenfeld())
                .lebenslage(lage).addLeistungen(leistungen).build();
    }

    static final OzgLeistung ELTERNGELD = OzgLeistungTest.elterngeld();
    static final OzgLeistung KINDERGELD = buendel(10002, "Kindergeld", GEBURT_TYPISIERT,
            leika("99041008000000", "Kindergeld", Typisierung.TYP_1), leika(null, "Kindergeld Beratung"));
    static final OzgLeistung BAFOEG = buendel(10100, "BAföG", SCHULE,
            leika("99041006013000", "Elterngeld Bewilligung", Typisierung.TYP_2_3, Typisierung.TYP_1),
            leika("99006003000000", "BAföG", Typisierung.TYP_2_3));

    static OzgKatalog katalog() {
        return OzgKatalog.of(STAND, List.of(BAFOEG, KINDERGELD, ELTERNGELD));
    }

    @Test
    void leistungenAreSortedByOzgId() {
        OzgKatalog k = katalog();
        assertEquals(List.of(ELTERNGELD, KINDERGELD, BAFOEG), k.leistungen());
        assertEquals(STAND, k.stand());
        assertEquals(Optional.empty(), k.version());
    }

    @Test
    void exactRepetitionsAreMerged() {
        OzgKatalog k = OzgKatalog.of(STAND, List.of(KINDERGELD, ELTERNGELD, KINDERGELD,
                OzgLeistung.builder().from(ELTERNGELD).build(), BAFOEG));
        assertEquals(katalog(), k);
        assertEquals(3, k.leistungen().size());
    }

    @Test
    void contradictionNamesOzgIdFieldAndBothValues() {
        OzgLeistung anders = OzgLeistung.builder().from(ELTERNGELD).bezeichnung("Elterngeld Plus").build();
        ModellException e = assertThrows(ModellException.class,
                () -> OzgKatalog.of(STAND, List.of(ELTERNGELD, KINDERGELD, anders)));
        assertEquals(ModellViolation.CONTRADICTING_OZG_LEISTUNG, e.violation());
        assertEquals("OzgKatalog.leistungen[10000].bezeichnung: expected 'Elterngeld' as in the first listing "
                + "(one content per OZG-ID), was 'Elterngeld Plus'", e.getMessage());
        assertEquals(Optional.of("Elterngeld Plus"), e.actualValue());
    }

    @Test
    void contradictionDeepInsideAServiceIsLocated() {
        List<LeikaLeistung> l = List.of(ELTERNGELD.leistungen().get(0),
                LeikaLeistung.builder().from(ELTERNGELD.leistungen().get(1)).sdg2(true).build(),
                ELTERNGELD.leistungen().get(2));
        OzgLeistung anders = OzgLeistung.builder().from(ELTERNGELD).leistungen(l).build();
        ModellException e = assertThrows(ModellException.class, () -> OzgKatalog.of(STAND, List.of(ELTERNGELD, anders)));
        assertEquals("OzgKatalog.leistungen[10000].leistungen[1].sdg2: expected 'false' as in the first listing "
                + "(one content per OZG-ID), was 'true'", e.getMessage());

        OzgLeistung kuerzer = OzgLeistung.builder().from(ELTERNGELD).leistungen(l.subList(0, 1)).build();
        ModellException size = assertThrows(ModellException.class,
                () -> OzgKatalog.of(STAND, List.of(ELTERNGELD, kuerzer)));
        assertEquals("OzgKatalog.leistungen[10000].leistungen.size: expected '3' as in the first listing "
                + "(one content per OZG-ID), was '1'", size.getMessage());

        OzgLeistung ohneProgramm = OzgLeistung.builder().from(ELTERNGELD).programm(Optional.empty()).build();
        ModellException programm = assertThrows(ModellException.class,
                () -> OzgKatalog.of(STAND, List.of(ohneProgramm, ELTERNGELD)));
        assertEquals("OzgKatalog.leistungen[10000].programm: expected no value as in the first listing "
                + "(one content per OZG-ID), was 'FOEDERAL'", programm.getMessage());
    }

    @Test
    void lookups() {
        OzgKatalog k = katalog();
        assertEquals(Optional.of(KINDERGELD), k.leistung(OzgId.of(10002)));
        assertEquals(Optional.empty(), k.leistung(OzgId.of(10001)));
        Leistungsschluessel doppelt = Leistungsschluessel.parse("99041006013000");
        assertEquals(List.of(ELTERNGELD, BAFOEG), k.leistungenMit(doppelt));
        assertEquals(List.of(), k.leistungenMit(Leistungsschluessel.parse("99999999999999")));
        assertEquals(List.of(ELTERNGELD, KINDERGELD), k.leistungen(Themenfeld.FAMILIE_KIND));
        assertEquals(List.of(), k.leistungen(Themenfeld.UMWELT));
        assertEquals(List.of(Themenfeld.FAMILIE_KIND, Themenfeld.BILDUNG).stream().sorted().toList(),
                List.copyOf(k.themenfelder()));
        assertEquals(List.of(ELTERNGELD), k.leistungen(GEBURT));
        assertEquals(List.of(KINDERGELD), k.leistungen(GEBURT_TYPISIERT));
        assertEquals(3, k.lebenslagen().size());
        assertEquals(Set.of(doppelt, Leistungsschluessel.parse("99041006000000"),
                Leistungsschluessel.parse("99041008000000"), Leistungsschluessel.parse("99006003000000")), k.schluessel());
        assertEquals(7, k.anzahlLeikaLeistungen());
        assertEquals(2, k.anzahlOhneSchluessel());
    }

    @Test
    void resultsAreUnmodifiable() {
        OzgKatalog k = katalog();
        assertThrows(UnsupportedOperationException.class, () -> k.leistungen().clear());
        assertThrows(UnsupportedOperationException.class, () -> k.leistungen(Themenfeld.FAMILIE_KIND).clear());
        assertThrows(UnsupportedOperationException.class, () -> k.themenfelder().clear());
        assertThrows(UnsupportedOperationException.class, () -> k.schluessel().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> k.leistungenMit(Leistungsschluessel.parse("99041006013000")).clear());
    }

    @Test
    void equalityIgnoresInputOrderAndBuiltIndexes() {
        OzgKatalog a = katalog();
        OzgKatalog b = OzgKatalog.of(STAND, List.of(ELTERNGELD, BAFOEG, KINDERGELD));
        int vorher = a.hashCode();
        a.leistungen(GEBURT);
        a.leistungenMit(Leistungsschluessel.parse("99041006013000"));
        a.leistung(OzgId.of(10000));
        assertEquals(vorher, a.hashCode());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, OzgKatalog.of(STAND.plusDays(1), a.leistungen()));
        assertNotEquals(a, OzgKatalog.builder().from(a).version("2019").build());
        assertNotEquals(a, OzgKatalog.of(STAND, List.of(ELTERNGELD, BAFOEG)));
    }

    @Test
    void blankVersionIsDroppedAndToStringIsASummary() {
        OzgKatalog k = OzgKatalog.builder().from(katalog()).version(" ").build();
        assertEquals(Optional.empty(), k.version());
        assertEquals(katalog(), k);
        assertEquals("OzgKatalog{stand=2019-12-31, version=2019-12, 3 OZG-Leistungen, 7 LeiKa-Leistungen}",
                OzgKatalog.builder().from(katalog()).version("2019-12").build().toString());
    }
}
