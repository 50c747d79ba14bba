package de.ozg.core.internal;

/**
 * An open-addressing hash map from non-negative {@code long} keys to {@code int} values, with linear
 * probing and no boxing: identifiers as numbers looked up on per-row paths (the matrix's dense index
 * of LeiKa keys, the catalogue's cross-row checks), where a {@code HashMap} of identifier objects
 * costs a node, a boxed hash walk and an {@code equals} per row. Keys must be non-negative
 * (identifiers as numbers are); -1 marks a free slot. Values stored are non-negative too. Not
 * thread-safe while filled; safe to read concurrently once no longer written.
 *
 * <p>Each slot holds its key and its value side by side in one array, so that a probe reads one
 * cache line, not one in a key array and another in a value array: the maps of a catalogue pass
 * are larger than the second-level cache together, and most probes miss it.
 */
public final class LongIntMap {

    /** Returned for an absent key. */
    public static final int ABSENT = -1;

    private static final long FREI = -1L;

    /** Slot {@code i}: key at {@code 2i}, value at {@code 2i + 1}. */
    private long[] tafel;
    private int groesse;
    /** The slot mask, shifted: {@code (slots - 1) << 1}, so that it gives even array indexes. */
    private int maske;
    /** The most keys before the table doubles. */
    private int grenze;
    /** The share of slots that may be taken, in sixteenths. */
    private final int fuellung;

    /**
     * A map that keeps at least half of its slots free, which keeps probes short.
     *
     * @param erwartet the number of keys expected; the map grows beyond it
     */
    public LongIntMap(int erwartet) {
        this(erwartet, 8);
    }

    /**
     * A map filled up to {@code sechzehntel}/16 of its slots before it grows: a fuller table is
     * smaller and stays in cache better, at the price of longer probe runs. Sizes the table so that
     * {@code erwartet} keys fit without growing.
     *
     * @param erwartet    the number of keys expected; the map grows beyond it
     * @param sechzehntel the fill limit in sixteenths, from 4 (a quarter) to 13 (about four fifths)
     * @throws IllegalArgumentException for a fill limit outside 4-13
     */
    public LongIntMap(int erwartet, int sechzehntel) {
        if (sechzehntel < 4 || sechzehntel > 13) {
            throw new IllegalArgumentException("fill limit in sixteenths must be 4-13, was " + sechzehntel);
        }
        fuellung = sechzehntel;
        int slots = 4;
        while (grenze(slots) < Math.max(1, erwartet) && slots < 1 << 29) {
            slots <<= 1;
        }
        belege(slots);
    }

    private int grenze(int slots) {
        return (int) ((long) slots * fuellung >>> 4);
    }

    private void belege(int slots) {
        tafel = new long[slots * 2];
        for (int i = 0; i < tafel.length; i += 2) {
            tafel[i] = FREI;
        }
        maske = (slots - 1) << 1;
        grenze = grenze(slots);
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
        return tafel[i] == k ? (int) tafel[i + 1] : ABSENT;
    }

    /** The array index of the slot that holds {@code k}, or of the free slot where it would go. */
    private int slot(long k) {
        long[] t = tafel;
        int m = maske;
        int i = streue(k) << 1 & m;
        while (true) {
            long s = t[i];
            if (s == k || s == FREI) {
                return i;
            }
            i = i + 2 & m;
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
        if (tafel[i] == k) {
            return (int) tafel[i + 1];
        }
        tafel[i] = k;
        tafel[i + 1] = neu;
        if (++groesse > grenze) {
            wachse();
        }
        return ABSENT;
    }

    /** @return the number of keys */
    public int size() {
        return groesse;
    }

    private void wachse() {
        long[] alt = tafel;
        belege(alt.length);
        for (int j = 0; j < alt.length; j += 2) {
            long k = alt[j];
            if (k != FREI) {
                // the keys are distinct: slot() finds a free slot for each
                int i = slot(k);
                tafel[i] = k;
                tafel[i + 1] = alt[j + 1];
            }
        }
    }
}
