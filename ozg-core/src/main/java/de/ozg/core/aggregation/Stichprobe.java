package de.ozg.core.aggregation;

import java.util.Arrays;
import java.util.function.LongFunction;
import java.util.List;

/**
 * The smallest {@code k} distinct values seen: a sample that does not depend on the order of the
 * rows or on how a stream was split, so sequential and parallel runs report the same examples.
 * Mutable, not thread-safe.
 */
final class Stichprobe {

    static final int GROESSE = 10;

    private final long[] werte = new long[GROESSE];
    private int n;

    void add(long v) {
        if (n == GROESSE && v >= werte[n - 1]) {
            return;
        }
        int i = Arrays.binarySearch(werte, 0, n, v);
        if (i >= 0) {
            return;
        }
        int pos = -i - 1;
        int ende = Math.min(n, GROESSE - 1);
        System.arraycopy(werte, pos, werte, pos + 1, ende - pos);
        werte[pos] = v;
        if (n < GROESSE) {
            n++;
        }
    }

    void merge(Stichprobe o) {
        for (int i = 0; i < o.n; i++) {
            add(o.werte[i]);
        }
    }

    /** @return the values, ascending */
    long[] werte() {
        return Arrays.copyOf(werte, n);
    }

    List<String> texte(LongFunction<String> format) {
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = format.apply(werte[i]);
        }
        return List.of(r);
    }
}
