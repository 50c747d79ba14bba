package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The binary form of a matrix's partial state: partitions encoded, decoded and merged give the
 * figures of one matrix over all rows; other versions, altered bytes and other setups are refused.
 */
class UmsetzungsmatrixCodecTest {

    private static final Zaehlregel[] REGELN = {Zaehlregel.DASHBOARD_ONLINE, Zaehlregel.OZG_KONFORM,
        Zaehlregel.FLAECHENDECKEND, Zaehlregel.DASHBOARD_ONLINE.withKombination(
                Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD).withGemeindefreieGebieteZaehlen(true)};

    private record Welt(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, List<Umsetzungsstand> zeilen) {
        static Welt of(long seed, int n) {
            Beispiele b = Beispiele.ofSeed(seed);
            OzgKatalog k = b.katalog().katalog(12);
            Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis(2, 40);
            List<Umsetzungsstand> z = new ArrayList<>(b.status().umsetzungsstaende(k, v, LocalDate.of(2024, 1, 31), n));
            for (int i = 0; i < n / 10; i++) {
                z.add(b.status().umsetzungsstand()); // unknown keys and Gebiete: the unassigned counts and examples
            }
            return new Welt(k, v, z);
        }
    }

    @Test
    void partitionsThroughBytesGiveTheFiguresOfOneMatrix() {
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 6), integers().between(0, REGELN.length - 1))
                .checkAssert((seed, teile, r) -> {
                    Welt w = Welt.of(seed, 150);
                    Umsetzungsmatrix eine = Umsetzungsmatrix.zero(w.katalog(), w.verzeichnis(), REGELN[r]);
                    eine.addAll(w.zeilen());
                    // the receiving side builds its setup on its own: a codec from a fresh matrix
                    UmsetzungsmatrixCodec hier = UmsetzungsmatrixCodec.of(eine);
                    UmsetzungsmatrixCodec dort = UmsetzungsmatrixCodec.of(
                            Umsetzungsmatrix.zero(w.katalog(), w.verzeichnis(), REGELN[r]));
                    assertEquals(hier.fingerprint(), dort.fingerprint());
                    Random zufall = new Random(seed);
                    List<Umsetzungsmatrix> partitionen = new ArrayList<>();
                    for (int i = 0; i < teile; i++) {
                        partitionen.add(hier.zero());
                    }
                    for (Umsetzungsstand z : w.zeilen()) {
                        partitionen.get(zufall.nextInt(teile)).add(z);
                    }
                    Umsetzungsmatrix summe = dort.zero();
                    for (Umsetzungsmatrix p : partitionen) {
                        byte[] bytes = hier.toBytes(p);
                        Umsetzungsmatrix zurueck = dort.fromBytes(bytes);
                        assertArrayEquals(bytes, dort.toBytes(zurueck), "the decoded state encodes to the same bytes");
                        assertEquals(p.result(), zurueck.result());
                        summe.merge(zurueck);
                    }
                    assertEquals(eine.result(), summe.result());
                    assertEquals(eine.result().zeilenbilanz(), summe.result().zeilenbilanz());
                    assertEquals(eine.result().toTabelle(Umsetzungsbild.Gliederung.LAND),
                            summe.result().toTabelle(Umsetzungsbild.Gliederung.LAND));
                });
    }

    @Test
    void otherVersionsAndFormsAreRefused() {
        Welt w = Welt.of(7, 100);
        UmsetzungsmatrixCodec c = UmsetzungsmatrixCodec.of(Umsetzungsmatrix.zero(w.katalog(), w.verzeichnis(),
                Zaehlregel.DASHBOARD_ONLINE));
        byte[] gut = c.toBytes(c.zero().addAll(w.zeilen()));
        assertEquals(UmsetzungsmatrixCodec.VERSION, gut[4]);
        for (int version : new int[] {0, 2, 255}) {
            byte[] b = gut.clone();
            b[4] = (byte) version;
            AggregationException e = assertThrows(AggregationException.class, () -> c.fromBytes(b));
            assertEquals(AggregationViolation.UNSUPPORTED_FORMAT, e.violation());
            assertEquals(Integer.toString(version), e.actualValue().orElseThrow());
        }
        byte[] fremd = gut.clone();
        fremd[0] = 'X';
        assertEquals(AggregationViolation.UNSUPPORTED_FORMAT,
                assertThrows(AggregationException.class, () -> c.fromBytes(fremd)).violation());
        assertEquals(AggregationViolation.UNSUPPORTED_FORMAT,
                assertThrows(AggregationException.class, () -> c.fromBytes(new byte[0])).violation());
    }

    @Test
    void everyAlteredOrCutOffByteIsRefused() {
        Welt w = Welt.of(11, 120);
        UmsetzungsmatrixCodec c = UmsetzungsmatrixCodec.of(Umsetzungsmatrix.zero(w.katalog(), w.verzeichnis(),
                Zaehlregel.DASHBOARD_ONLINE.withKombination(Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD)));
        byte[] gut = c.toBytes(c.zero().addAll(w.zeilen()));
        for (int i = 5; i < gut.length; i++) {
            for (int bit = 0; bit < 8; bit += 3) {
                byte[] b = gut.clone();
                b[i] ^= (byte) (1 << bit);
                AggregationException e = assertThrows(AggregationException.class, () -> c.fromBytes(b),
                        "flipped bit " + bit + " of byte " + i);
                assertNotEquals(AggregationViolation.UNSUPPORTED_FORMAT, e.violation());
            }
        }
        for (int n = 0; n < gut.length; n++) {
            byte[] kurz = java.util.Arrays.copyOf(gut, n);
            assertThrows(AggregationException.class, () -> c.fromBytes(kurz), "cut to " + n + " bytes");
        }
        byte[] lang = java.util.Arrays.copyOf(gut, gut.length + 1);
        assertThrows(AggregationException.class, () -> c.fromBytes(lang));
    }

    @Test
    void aStateOfAnotherSetupIsRefused() {
        Welt w = Welt.of(3, 50);
        UmsetzungsmatrixCodec online = UmsetzungsmatrixCodec.of(Umsetzungsmatrix.zero(w.katalog(), w.verzeichnis(),
                Zaehlregel.DASHBOARD_ONLINE));
        UmsetzungsmatrixCodec konform = UmsetzungsmatrixCodec.of(Umsetzungsmatrix.zero(w.katalog(), w.verzeichnis(),
                Zaehlregel.OZG_KONFORM));
        Welt andere = Welt.of(4, 50);
        UmsetzungsmatrixCodec anderesVerzeichnis = UmsetzungsmatrixCodec.of(Umsetzungsmatrix.zero(w.katalog(),
                andere.verzeichnis(), Zaehlregel.DASHBOARD_ONLINE));
        byte[] b = online.toBytes(online.zero().addAll(w.zeilen()));
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS,
                assertThrows(AggregationException.class, () -> konform.fromBytes(b)).violation());
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS,
                assertThrows(AggregationException.class, () -> anderesVerzeichnis.fromBytes(b)).violation());
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS,
                assertThrows(AggregationException.class, () -> konform.toBytes(online.zero())).violation());
    }
}
