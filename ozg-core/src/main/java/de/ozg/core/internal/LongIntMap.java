package de.ozg.core.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative {@code long} keys to {@code int} values, with linear
 * probing and no boxing: identifiers as numbers looked up on per-row paths (the matrix's dense index
 * of LeiKa keys, the catalogue's cross-row checks), where a {@code HashMap} of identifier objects
 * costs a node, a boxed hash walk and an {@code equals} per row. Keys must be non-negative
 * (identifiers as numbers are); -1 marks a free slot. Values stored are non-negative too. Not
 * thread-safe while filled; safe to read concurrently once no longer written.
 */
public final class LongIntMap {

    /** Returned for an absent key. */
    public static final int ABSENT = -1;

    private static final long FREI = -1L;

    private long[] schluessel;
    private int[] werte;
    private int groesse;
    private int maske;

    /**
     * @param erwartet the number of keys expected; the map grows beyond it
     */
    public LongIntMap(int erwartet) {
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

    /**
     * @param k the key
     * @return its value, or {@link #ABSENT}
     */
    public int get(long k) {
        int i = slot(k);
        return schluessel[i] == k ? werte[i] : ABSENT;
    }

    /** The slot that holds {@code k}, or the free slot where it would go: one probe loop for every operation. */
    private int slot(long k) {
        int i = streue(k) & maske;
        while (true) {
            long s = schluessel[i];
            if (s == k || s == FREI) {
                return i;
            }
            i = i + 1 & maske;
        }
    }

    /**
     * @param k   the key
     * @param neu the value to store when the key is absent
     * @return the key's value; {@code neu} when it was absent
     */
    public int getOrPut(long k, int neu) {
        int v = putIfAbsent(k, neu);
        return v == ABSENT ? neu : v;
    }

    /**
     * @param k   the key
     * @param neu the value to store when the key is absent
     * @return the key's value before, or {@link #ABSENT} when it was absent and {@code neu} is now stored
     */
    public int putIfAbsent(long k, int neu) {
        int i = slot(k);
        if (schluessel[i] == k) {
            return werte[i];
        }
        schluessel[i] = k;
        werte[i] = neu;
        if (++groesse * 2 > schluessel.length) {
            wachse();
        }
        return ABSENT;
    }

    /** @return the number of keys */
    public int size() {
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
                // the keys are distinct: slot() finds a free slot for each
                int i = slot(k);
                schluessel[i] = k;
                werte[i] = alteWerte[j];
            }
        }
    }
}
