package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For random small hierarchies the Gemeinden under any key, found by binary search over the dense
 * index, are exactly those a brute-force filter with {@link Ars#covers(Ars)} finds.
 */
class GebietsverzeichnisPropertiesTest {

    /** Few values per digit group, so that keys share prefixes and zero groups occur often. */
    private static final int LAENDER = 3;
    private static final int WERTE = 3;
    private static final int CODES = LAENDER * WERTE * WERTE * WERTE * WERTE;

    /** Decodes a code into a Gemeinde key: Land 1..3, and 0..2 in each of RB, Kreis, GV, Gemeinde. */
    static Ars schluessel(int code) {
        int c = code;
        long land = 1 + c % LAENDER;
        c /= LAENDER;
        long rb = c % WERTE;
        c /= WERTE;
        long kreis = c % WERTE;
        c /= WERTE;
        long verband = c % WERTE;
        c /= WERTE;
        long gemeinde = c % WERTE;
        return Ars.of(land * 10_000_000_000L + rb * 1_000_000_000L + kreis * 10_000_000L + verband * 1000L + gemeinde);
    }

    static Gebietsverzeichnis hierarchie(List<Integer> codes) {
        List<Gebiet> gebiete = new ArrayList<>();
        for (int code : codes) {
            Ars gemeinde = schluessel(code);
            for (ArsEbene ebene : List.of(ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE)) {
                Ars ars = gemeinde.truncatedTo(ebene);
                gebiete.add(Gebiet.of(ars, ebene, ebene + " " + ars));
            }
        }
        return Gebietsverzeichnis.of(LocalDate.of(2024, 1, 1), gebiete);
    }

    /** Every truncation of every Gemeinde key, plus an arbitrary key, as candidate prefixes. */
    static List<Ars> praefixe(List<Integer> codes, int beliebig) {
        List<Ars> praefixe = new ArrayList<>();
        praefixe.add(schluessel(beliebig));
        for (int code : codes) {
            for (ArsEbene ebene : ArsEbene.values()) {
                praefixe.add(schluessel(code).truncatedTo(ebene));
            }
        }
        return praefixe;
    }

    @Test
    void gemeindeBereichEqualsBruteForceFilter() {
        qt().forAll(lists().of(integers().between(0, CODES - 1)).ofSizeBetween(0, 25),
                integers().between(0, CODES - 1))
                .checkAssert((codes, beliebig) -> {
                    Gebietsverzeichnis gv = hierarchie(codes);
                    for (Ars praefix : praefixe(codes, beliebig)) {
                        List<Gebiet> erwartet = gv.gebiete().stream()
                                .filter(g -> g.isGemeinde() && praefix.covers(g.ars())).toList();
                        assertEquals(erwartet, gv.gemeindenUnter(praefix), praefix::toString);
                        Gebietsverzeichnis.Bereich b = gv.gemeindeBereich(praefix);
                        assertEquals(erwartet.size(), b.size(), praefix::toString);
                        for (Gebiet g : erwartet) {
                            int i = gv.gemeindeIndex(g.ars());
                            assertEquals(g, gv.gemeinde(i));
                            assertEquals(true, b.contains(i), praefix::toString);
                        }
                    }
                });
    }

    @Test
    void everyGebietButTheLaenderIsTheChildOfItsParent() {
        qt().forAll(lists().of(integers().between(0, CODES - 1)).ofSizeBetween(0, 25))
                .checkAssert(codes -> {
                    Gebietsverzeichnis gv = hierarchie(codes);
                    for (Gebiet g : gv.gebiete()) {
                        if (g.ebene() == ArsEbene.LAND) {
                            assertEquals(false, gv.eltern(g).isPresent(), g::toString);
                        } else {
                            Gebiet p = gv.eltern(g).orElseThrow();
                            assertEquals(true, p.ars().covers(g.ars()), g::toString);
                            assertEquals(true, gv.kinder(p).contains(g), g::toString);
                        }
                    }
                });
    }
}
