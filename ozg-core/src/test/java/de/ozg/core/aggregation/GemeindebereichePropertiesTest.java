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
 * gives, for listed keys, their prefixes at every level, and keys the directory does not list, with
 * every Gemeinde, some or none in the perfect hash.
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
                        check(v, bereiche, Integer.MAX_VALUE, listed);
                        ArsEbene[] ebenen = ArsEbene.values();
                        check(v, bereiche, Integer.MAX_VALUE, listed.truncatedTo(ebenen[r.nextInt(ebenen.length)]));
                        // a key near a listed one, mostly not listed itself
                        long nah = listed.longValue() + r.nextInt(2000) - 1000;
                        if (nah >= 0 && Ars.isValid(String.format("%012d", nah))) {
                            check(v, bereiche, Integer.MAX_VALUE, Ars.of(nah));
                        }
                    }
                    check(v, bereiche, Integer.MAX_VALUE, Ars.BUND);
                });
    }

    @Test
    void agreesWithTheDirectoryOfTheFixture() {
        Gebietsverzeichnis v = Fixtur.verzeichnis();
        Gemeindebereiche bereiche = new Gemeindebereiche(v);
        for (Ars a : List.of(Fixtur.BUND, Fixtur.ST, Fixtur.KREIS_15001, Fixtur.KREIS_15002, Fixtur.SH,
                Fixtur.FLENSBURG, Fixtur.KREIS_01002, Fixtur.THUERINGEN, Fixtur.gemeinde15001(1),
                Fixtur.gemeinde15001(100), Fixtur.gemeinde15001(101), Fixtur.gemeinde01002(3))) {
            check(v, bereiche, Integer.MAX_VALUE, a);
        }
    }

    /**
     * However many Gemeinden the perfect hash holds (all, some, none: the rest are looked up as wide
     * keys), every listed key, every prefix of it and keys near it give the directory's answer, and
     * {@link Gemeindebereiche#gemeinde(long)} gives an index exactly for the keys whose range is
     * their own Gemeinde alone.
     */
    @Test
    void anyNumberOfHashedGemeindenGivesTheSameRange() {
        qt().withExamples(30).forAll(longs().all(), integers().between(1, 4), integers().between(1, 60),
                integers().between(0, 100)).checkAssert((seed, kreise, gemeinden, prozent) -> {
                    Gebietsverzeichnis v = Beispiele.ofSeed(seed).gebiete().gebietsverzeichnis(kreise, gemeinden);
                    int grenze = v.anzahlGemeinden() * prozent / 100;
                    Gemeindebereiche bereiche = new Gemeindebereiche(v, grenze);
                    Random r = new Random(seed);
                    for (Gebiet g : v.gebiete()) {
                        check(v, bereiche, grenze, g.ars());
                        ArsEbene[] ebenen = ArsEbene.values();
                        check(v, bereiche, grenze, g.ars().truncatedTo(ebenen[r.nextInt(ebenen.length)]));
                        long nah = g.ars().longValue() + r.nextInt(200) - 100;
                        if (nah >= 0 && Ars.isValid(String.format("%012d", nah))) {
                            check(v, bereiche, grenze, Ars.of(nah));
                        }
                    }
                    check(v, bereiche, grenze, Ars.BUND);
                });
    }

    /**
     * The range, and the Gemeinde index exactly when the range is one Gemeinde of this key and the
     * Gemeinde is among the first {@code grenze}, which the hash holds.
     */
    private static void check(Gebietsverzeichnis v, Gemeindebereiche bereiche, int grenze, Ars ars) {
        Gebietsverzeichnis.Bereich erwartet = v.gemeindeBereich(ars);
        long b = bereiche.bereich(ars.longValue());
        assertEquals(erwartet.start(), Gemeindebereiche.von(b), () -> ars.toString());
        assertEquals(erwartet.end(), Gemeindebereiche.bis(b), () -> ars.toString());
        boolean eigene = erwartet.end() - erwartet.start() == 1
                && v.gemeinde(erwartet.start()).ars().equals(ars) && erwartet.start() < grenze;
        assertEquals(eigene ? erwartet.start() : -1, bereiche.gemeinde(ars.longValue()), () -> ars.toString());
    }
}
