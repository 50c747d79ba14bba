package de.ozg.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void agreesWithHashMap() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            LongIntMap m = new LongIntMap(2);
            java.util.Map<Long, Integer> ref = new java.util.HashMap<>();
            for (int i = 0; i < 200; i++) {
                long k = r.nextInt(4) == 0 ? r.nextInt(50) : r.nextLong() & Long.MAX_VALUE;
                boolean neu = !ref.containsKey(k);
                int v = ref.computeIfAbsent(k, x -> ref.size());
                if (r.nextBoolean()) {
                    assertEquals(v, m.getOrPut(k, m.size()));
                } else {
                    assertEquals(neu ? LongIntMap.ABSENT : v, m.putIfAbsent(k, m.size()));
                }
            }
            assertEquals(ref.size(), m.size());
            ref.forEach((k, v) -> assertEquals(v, m.get(k)));
            long fremd = Long.MAX_VALUE - 1;
            assertEquals(ref.containsKey(fremd) ? ref.get(fremd) : -1, m.get(fremd));
        });
    }

    /** Every fill limit and start size gives the same answers as a HashMap, across growing. */
    @Test
    void fullerTablesAgreeWithHashMap() {
        qt().forAll(longs().all(), integers().between(4, 13), integers().between(0, 300)).checkAssert((seed, fill, erwartet) -> {
            Random r = new Random(seed);
            LongIntMap m = new LongIntMap(erwartet, fill);
            java.util.Map<Long, Integer> ref = new java.util.HashMap<>();
            // keys close together collide in runs, which a full table must still tell apart
            long basis = r.nextLong() & Long.MAX_VALUE >>> 1;
            for (int i = 0; i < 400; i++) {
                long k = r.nextBoolean() ? basis + r.nextInt(600) : r.nextLong() & Long.MAX_VALUE;
                boolean neu = !ref.containsKey(k);
                int v = ref.computeIfAbsent(k, x -> ref.size());
                assertEquals(neu ? LongIntMap.ABSENT : v, m.putIfAbsent(k, m.size()));
                assertEquals(v, m.get(k));
            }
            assertEquals(ref.size(), m.size());
            ref.forEach((k, v) -> assertEquals(v, m.get(k)));
            assertEquals(ref.containsKey(0L) ? ref.get(0L) : LongIntMap.ABSENT, m.get(0L));
        });
    }

    @Test
    void refusesFillLimitsOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(10, 3));
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(10, 14));
    }
}
