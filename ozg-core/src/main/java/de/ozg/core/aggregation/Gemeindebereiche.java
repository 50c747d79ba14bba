package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;

/**
 * The Gemeinde range of every key the Gebietsverzeichnis lists (and of the Bund and the Länder),
 * computed once, so that placing a status row costs at most one primitive hash lookup instead of
 * two binary searches over all Gemeinde keys and a range object. Rows name a few thousand distinct
 * keys, nearly all of them listed, but in key-ordered files the key changes on almost every row,
 * so a cache of the last key alone does not help. Keys that are not listed (a typo, a Gemeinde
 * merged away) fall back to {@link Gebietsverzeichnis#gemeindeBereich(Ars)}, so the answer is
 * always the same as that method's. Immutable after construction, safe to read from any thread.
 */
final class Gemeindebereiche {

    private static final long FREI = -1L;

    /** How many Gemeinden past the previous range a Gemeinde key is looked for before hashing. */
    private static final int VORAUS = 16;

    private final Gebietsverzeichnis verzeichnis;
    /**
     * Open addressing with linear probing; slot {@code i} holds the key at {@code 2i} and its range
     * packed as {@code von << 32 | bis} at {@code 2i + 1}, so a lookup touches one cache line where
     * separate key, index and range arrays would touch three.
     */
    private final long[] tabelle;
    private final int maske;
    /** The Gemeinde keys in index order, when strictly ascending; otherwise null (no scan ahead). */
    private final long[] gemeinden;

    Gemeindebereiche(Gebietsverzeichnis verzeichnis) {
        this.verzeichnis = verzeichnis;
        int n = verzeichnis.gebiete().size() + Bundesland.values().length + 1;
        // at most three quarters full
        int slots = Integer.highestOneBit(Math.max(4, n + n / 3)) << 1;
        this.tabelle = new long[2 * slots];
        this.maske = slots - 1;
        for (int i = 0; i < slots; i++) {
            tabelle[2 * i] = FREI;
        }
        merke(Ars.BUND);
        for (Bundesland land : Bundesland.values()) {
            merke(Ars.of(land));
        }
        for (Gebiet g : verzeichnis.gebiete()) {
            merke(g.ars());
        }
        long[] keys = verzeichnis.gemeinden().stream().mapToLong(g -> g.ars().longValue()).toArray();
        boolean aufsteigend = true;
        for (int i = 1; i < keys.length; i++) {
            aufsteigend &= keys[i - 1] < keys[i];
        }
        this.gemeinden = aufsteigend ? keys : null;
    }

    private static int streue(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private void merke(Ars ars) {
        long k = ars.longValue();
        int i = streue(k) & maske;
        while (tabelle[2 * i] != FREI) {
            if (tabelle[2 * i] == k) {
                return;
            }
            i = i + 1 & maske;
        }
        tabelle[2 * i] = k;
        tabelle[2 * i + 1] = packe(verzeichnis.gemeindeBereich(ars));
    }

    private static long packe(Gebietsverzeichnis.Bereich b) {
        return (long) b.start() << 32 | b.end() & 0xFFFF_FFFFL;
    }

    /**
     * The range of the Gemeinden under a key, packed; read it with {@link #von(long)} and
     * {@link #bis(long)}. Rows sorted by key and ARS name Gemeinden in ascending order, so a
     * Gemeinde-level key is first looked for a few places past the end of the previous row's range,
     * in memory read in sequence; only then is it hashed.
     *
     * @param ars the key
     * @param ab  the index where the Gemeinde probably is: the end of the previous row's range
     * @return {@code von << 32 | bis}
     */
    long bereich(Ars ars, int ab) {
        long k = ars.longValue();
        // a key whose last three digits are not all zero names exactly one Gemeinde (range width 1)
        if (gemeinden != null && k % 1000 != 0 && ab >= 0) {
            int ende = Math.min(ab + VORAUS, gemeinden.length);
            for (int j = ab; j < ende; j++) {
                long g = gemeinden[j];
                if (g == k) {
                    return (long) j << 32 | j + 1;
                }
                if (g > k) {
                    break;
                }
            }
        }
        int i = streue(k) & maske;
        while (true) {
            long s = tabelle[2 * i];
            if (s == k) {
                return tabelle[2 * i + 1];
            }
            if (s == FREI) {
                return packe(verzeichnis.gemeindeBereich(ars));
            }
            i = i + 1 & maske;
        }
    }

    static int von(long bereich) {
        return (int) (bereich >>> 32);
    }

    static int bis(long bereich) {
        return (int) bereich;
    }
}
