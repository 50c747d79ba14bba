package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The perfect hash finds every key at its own position, never gives a position it was not given,
 * and stays small, for key sets shaped like ARS (clustered under few prefixes), dense runs and
 * scattered keys.
 */
class GemeindehashTest {

    @Test
    void everyKeyIsFoundAtItsPosition() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 6000), integers().between(0, 2))
                .checkAssert((seed, n, form) -> {
                    Random r = new Random(seed);
                    long[] keys = keys(r, n, form);
                    // some entries are no keys: their positions must never come back
                    Set<Integer> ausgelassen = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        if (r.nextInt(10) == 0) {
                            keys[i] = -1;
                            ausgelassen.add(i);
                        }
                    }
                    Set<Long> menge = new HashSet<>();
                    for (long k : keys) {
                        menge.add(k);
                    }
                    Gemeindehash hash = new Gemeindehash(keys, n);
                    for (int i = 0; i < n; i++) {
                        if (keys[i] >= 0) {
                            assertEquals(i, hash.kandidat(keys[i]), "key " + keys[i]);
                        }
                    }
                    for (int j = 0; j < 2000; j++) {
                        // a scattered key, or one just above a key of the set
                        long k = j % 2 == 0 || n == 0 ? r.nextLong() >>> 23
                                : Math.max(0, keys[r.nextInt(n)]) + 1 + r.nextInt(7);
                        if (!menge.contains(k)) {
                            int p = hash.kandidat(k);
                            assertTrue(p >= 0 && p <= n && !ausgelassen.contains(p), () -> k + " gave " + p);
                        }
                    }
                    assertTrue(hash.anzahlPlaetze() <= 6 * n + 8,
                            () -> n + " keys, " + hash.anzahlPlaetze() + " slots");
                });
    }

    @Test
    void holdsAsManyKeysAsACharCanAddress() {
        int n = Gemeindehash.MAX_POSITIONEN;
        long[] keys = keys(new Random(7), n, 0);
        Gemeindehash hash = new Gemeindehash(keys, n);
        for (int i = 0; i < n; i++) {
            assertEquals(i, hash.kandidat(keys[i]));
        }
        assertThrows(IllegalArgumentException.class, () -> new Gemeindehash(new long[n + 1], 0));
        assertThrows(IllegalArgumentException.class, () -> new Gemeindehash(new long[1], n + 1));
    }

    /** Distinct keys below 2^41: ARS-like (form 0), a dense run (1) or scattered (2). */
    private static long[] keys(Random r, int n, int form) {
        Set<Long> gesehen = new HashSet<>();
        long[] keys = new long[n];
        long start = (r.nextLong() >>> 25) * 1000;
        for (int i = 0; i < n; i++) {
            long k;
            do {
                switch (form) {
                    case 0:
                        // Land, Kreis, Verband, Gemeinde: a few prefixes with many keys each
                        k = (1 + r.nextInt(16)) * 10_000_000_000L + r.nextInt(80) * 10_000_000L
                                + r.nextInt(60) * 1_000L + r.nextInt(200);
                        break;
                    case 1:
                        k = start + i;
                        break;
                    default:
                        k = r.nextLong() >>> 23;
                }
            } while (!gesehen.add(k));
            keys[i] = k;
        }
        return keys;
    }
}
