package de.ozg.core.aggregation;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative {@code long} keys to {@code int} values, with linear
 * probing and no boxing: the dense index of LeiKa keys on the per-row path. Keys must be
 * non-negative (identifiers as numbers are); -1 marks a free slot. Not thread-safe while filled;
 * safe to read concurrently once no longer written.
 */
final class LongIntMap {

    private static final long FREI = -1L;

    private long[] schluessel;
    private int[] werte;
    private int groesse;
    private int maske;

    LongIntMap(int erwartet) {
        int kapazitaet = Integer.highestOneBit(Math.max(4, erwartet * 2 - 1)) << 1;
        schluessel = new long[kapazitaet];
        Arrays.fill(schluessel, FREI);
        werte = new int[kapazitaet];
        maske = kapazitaet - 1;
    }

    private static int streue(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** The value of the key, or -1. */
    int get(long k) {
        int i = streue(k) & maske;
        while (true) {
            long s = schluessel[i];
            if (s == k) {
                return werte[i];
            }
            if (s == FREI) {
                return -1;
            }
            i = i + 1 & maske;
        }
    }

    /** The value of the key; when absent, stores {@code neu} and returns it. */
    int getOrPut(long k, int neu) {
        int i = streue(k) & maske;
        while (true) {
            long s = schluessel[i];
            if (s == k) {
                return werte[i];
            }
            if (s == FREI) {
                schluessel[i] = k;
                werte[i] = neu;
                if (++groesse * 2 > schluessel.length) {
                    wachse();
                }
                return neu;
            }
            i = i + 1 & maske;
        }
    }

    int size() {
        return groesse;
    }

    private void wachse() {
        long[] alteSchluessel = schluessel;
        int[] alteWerte = werte;
        schluessel = new long[alteSchluessel.length * 2];
        Arrays.fill(schluessel, FREI);
        werte = new int[schluessel.length];
        maske = schluessel.length - 1;
        for (int j = 0; j < alteSchluessel.length; j++) {
            long k = alteSchluessel[j];
            if (k != FREI) {
                int i = streue(k) & maske;
                while (schluessel[i] != FREI) {
                    i = i + 1 & maske;
                }
                schluessel[i] = k;
                werte[i] = alteWerte[j];
            }
        }
    }
}
