package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The precomputed Gemeinde ranges give exactly what {@link Gebietsverzeichnis#gemeindeBereich(Ars)}
 * gives, for listed keys, their prefixes at every level, and keys the directory does not list, wherever
 * the scan for a Gemeinde starts.
 */
class GemeindebereichePropertiesTest {

    @Test
    void agreesWithTheDirectoryForListedAndUnlistedKeys() {
        qt().forAll(longs().all(), integers().between(1, 6), integers().between(1, 30)).checkAssert(
                (seed, kreise, gemeinden) -> {
                    Gebietsverzeichnis v = Beispiele.ofSeed(seed).gebiete().gebietsverzeichnis(kreise, gemeinden);
                    Gemeindebereiche bereiche = new Gemeindebereiche(v);
                    List<Gebiet> gebiete = v.gebiete();
                    Random r = new Random(seed);
                    for (int i = 0; i < 200; i++) {
                        Ars listed = gebiete.get(r.nextInt(gebiete.size())).ars();
                        check(v, bereiche, listed);
                        ArsEbene[] ebenen = ArsEbene.values();
                        check(v, bereiche, listed.truncatedTo(ebenen[r.nextInt(ebenen.length)]));
                        // a key near a listed one, mostly not listed itself
                        long nah = listed.longValue() + r.nextInt(2000) - 1000;
                        if (nah >= 0 && Ars.isValid(String.format("%012d", nah))) {
                            check(v, bereiche, Ars.of(nah));
                        }
                    }
                    check(v, bereiche, Ars.BUND);
                });
    }

    @Test
    void agreesWithTheDirectoryOfTheFixture() {
        Gebietsverzeichnis v = Fixtur.verzeichnis();
        Gemeindebereiche bereiche = new Gemeindebereiche(v);
        for (Ars a : List.of(Fixtur.BUND, Fixtur.ST, Fixtur.KREIS_15001, Fixtur.KREIS_15002, Fixtur.SH,
                Fixtur.FLENSBURG, Fixtur.KREIS_01002, Fixtur.THUERINGEN, Fixtur.gemeinde15001(1),
                Fixtur.gemeinde15001(100), Fixtur.gemeinde15001(101), Fixtur.gemeinde01002(3))) {
            check(v, bereiche, a);
        }
    }

    /**
     * The window past the hint is searched in steps of four and given up after a bound: every hint
     * from 0 to the number of Gemeinden, before, at and past a Gemeinde's index, near and far, gives
     * the directory's answer, for Gemeinden, Kreise and every other listed key.
     */
    @Test
    void anyHintGivesTheSameRange() {
        qt().withExamples(20).forAll(longs().all(), integers().between(1, 4), integers().between(20, 60)).checkAssert(
                (seed, kreise, gemeinden) -> {
                    Gebietsverzeichnis v = Beispiele.ofSeed(seed).gebiete().gebietsverzeichnis(kreise, gemeinden);
                    Gemeindebereiche bereiche = new Gemeindebereiche(v);
                    List<Gebiet> gebiete = v.gebiete();
                    Random r = new Random(seed);
                    int n = v.anzahlGemeinden();
                    for (int i = 0; i < 10; i++) {
                        Ars ars = gebiete.get(r.nextInt(gebiete.size())).ars();
                        Gebietsverzeichnis.Bereich erwartet = v.gemeindeBereich(ars);
                        for (int ab = 0; ab <= n; ab++) {
                            long b = bereiche.bereich(ars.longValue(), ab);
                            int hinweis = ab;
                            assertEquals(erwartet.start(), Gemeindebereiche.von(b), () -> ars + " from " + hinweis);
                            assertEquals(erwartet.end(), Gemeindebereiche.bis(b), () -> ars + " from " + hinweis);
                        }
                    }
                });
    }

    /** Every hint must give the same answer: none, exact, a little before, past it, far off. */
    private static void check(Gebietsverzeichnis v, Gemeindebereiche bereiche, Ars ars) {
        Gebietsverzeichnis.Bereich erwartet = v.gemeindeBereich(ars);
        int n = v.anzahlGemeinden();
        for (int ab : new int[] {0, erwartet.start(), Math.max(0, erwartet.start() - 5), erwartet.end(), n / 2, n}) {
            long b = bereiche.bereich(ars.longValue(), ab);
            assertEquals(erwartet.start(), Gemeindebereiche.von(b), () -> ars + " from " + ab);
            assertEquals(erwartet.end(), Gemeindebereiche.bis(b), () -> ars + " from " + ab);
        }
    }
}
