package de.ozg.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
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
}
