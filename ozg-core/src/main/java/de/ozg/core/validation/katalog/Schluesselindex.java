package de.ozg.core.validation.katalog;

import java.util.Arrays;

/**
 * A map from identifiers as numbers (LeiKa keys, OZG-IDs; never negative) to {@code int} values,
 * open addressing with linear probing: the cross-row checks look up every row's identifiers, and a
 * {@code HashMap} of identifier objects costs a node, a boxed hash walk and an {@code equals} per
 * row. Mutable, one thread.
 */
final class Schluesselindex {

    /** Returned by {@link #get(long)} for an absent key; callers store no negative values. */
    static final int FEHLT = -1;

    private static final long FREI = -1L;

    private long[] schluessel;
    private int[] werte;
    private int groesse;
    private int maske;

    Schluesselindex() {
        schluessel = new long[256];
        Arrays.fill(schluessel, FREI);
        werte = new int[256];
        maske = 255;
    }

    private static int streue(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** The value of a key, or {@link #FEHLT}. */
    int get(long k) {
        int i = streue(k) & maske;
        while (true) {
            long s = schluessel[i];
            if (s == k) {
                return werte[i];
            }
            if (s == FREI) {
                return FEHLT;
            }
            i = i + 1 & maske;
        }
    }

    /** The value of a key; when absent, stores {@code neu} and returns {@link #FEHLT}. */
    int putIfAbsent(long k, int neu) {
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
                return FEHLT;
            }
            i = i + 1 & maske;
        }
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
