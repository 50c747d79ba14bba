package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written primitive structures against their java.util counterparts. */
class BitsTest {

    @Test
    void rangeOperationsAgreeWithBitSet() {
        qt().forAll(integers().between(1, 300), longs().all()).checkAssert((n, seed) -> {
            Random r = new Random(seed);
            long[] bits = Bits.neu(n);
            BitSet ref = new BitSet(n);
            for (int i = 0; i < 5; i++) {
                int a = r.nextInt(n + 1);
                int b = a + r.nextInt(n - a + 1);
                Bits.setze(bits, a, b);
                ref.set(a, b);
                int c = r.nextInt(n + 1);
                int d = c + r.nextInt(n - c + 1);
                assertEquals(ref.get(c, d).cardinality(), Bits.anzahl(bits, c, d), c + ".." + d);
                assertEquals(!ref.get(c, d).isEmpty(), Bits.irgendeins(bits, c, d));
            }
            assertEquals(ref.cardinality(), Bits.anzahl(bits, 0, n));
        });
    }

    @Test
    void theSampleKeepsTheSmallestDistinctValues() {
        Stichprobe s = new Stichprobe();
        for (long v = 30; v > 0; v--) {
            s.add(v);
            s.add(v);
        }
        assertEquals(java.util.List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), s.texte(Long::toString));
    }
}
