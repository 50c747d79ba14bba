package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;
import java.util.Arrays;
import java.util.List;

/**
 * The Gemeinde range of every key the Gebietsverzeichnis lists (and of the Bund and the Länder),
 * computed once, so that placing a status row costs at most one primitive hash lookup instead of
 * two binary searches over all Gemeinde keys and a range object. Keys that are not listed (a typo,
 * a Gemeinde merged away) fall back to {@link Gebietsverzeichnis#gemeindeBereich(Ars)}, so the
 * answer is always the same as that method's. Immutable after construction, safe to read from any
 * thread.
 *
 * <p>Rows sorted by key and ARS name Gemeinden in ascending order, a few places apart, so a key is
 * first looked for in a window of Gemeinde keys just past the previous row's range, read in
 * sequence: a hash probe into a table of this size misses the cache that the rows stream through.
 * The window is not scanned entry by entry: how far the next Gemeinde lies is a coin toss per row,
 * and a loop that stops at it mispredicts its exit on nearly every row. Instead the entries below
 * the key among four are counted without a branch, and four more only when all four were below.
 * Nor is there a division or remainder on this path: long division by a constant is a hardware
 * divide on the JDKs of this project, slower than the whole scan.
 */
final class Gemeindebereiche {

    private static final long FREI = -1L;

    /** How many Gemeinde keys past the previous range a key is looked for in before hashing: two steps of four. */
    private static final int FENSTER = 8;

    private final Gebietsverzeichnis verzeichnis;
    /**
     * Open addressing with linear probing; slot {@code i} holds the key at {@code 2i} and its range
     * packed as {@code von << 32 | bis} at {@code 2i + 1}, so a lookup touches one cache line where
     * separate key, index and range arrays would touch three.
     */
    private final long[] tabelle;
    private final int maske;
    /**
     * The Gemeinde keys in index order, each doubled and plus one when the key names more than its
     * own Gemeinde (a kreisfreie Stadt's key {@code 010010000000} is also its Kreis's), followed by
     * {@code FENSTER + 1} sentinels; null when the keys do not strictly ascend, and every key is
     * hashed.
     */
    private final long[] gemeinden;
    /** The Land number of every Gemeinde, by index. */
    private final byte[] land;

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
        for (Bundesland l : Bundesland.values()) {
            merke(Ars.of(l));
        }
        for (Gebiet g : verzeichnis.gebiete()) {
            merke(g.ars());
        }
        List<Gebiet> liste = verzeichnis.gemeinden();
        int anzahl = liste.size();
        long[] keys = new long[anzahl + FENSTER + 1];
        this.land = new byte[anzahl];
        boolean aufsteigend = true;
        for (int i = 0; i < anzahl; i++) {
            Ars ars = liste.get(i).ars();
            long k = ars.longValue();
            boolean breit = tabellenBereich(k) != ((long) i << 32 | i + 1);
            keys[i] = k << 1 | (breit ? 1 : 0);
            land[i] = (byte) ars.landNummer();
            aufsteigend &= i == 0 || keys[i - 1] < keys[i];
        }
        // the window past the last Gemeinde reads these; no key is equal to them or above them
        Arrays.fill(keys, anzahl, keys.length, Long.MAX_VALUE);
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
     * {@link #bis(long)}.
     *
     * @param k  the key as a number
     * @param ab where the key's Gemeinde probably is: the end of the previous row's range, from 0 to
     *           the number of Gemeinden
     * @return {@code von << 32 | bis}
     */
    long bereich(long k, int ab) {
        long[] g = gemeinden;
        if (g != null) {
            // the first entry of g[ab, ab + FENSTER) not below 2k (the sentinels end every window);
            // 2k itself is a Gemeinde that names only itself
            long k2 = k << 1;
            int j = ab + unter(g, ab, k2);
            if (j == ab + 4) {
                j += unter(g, j, k2);
            }
            if (g[j] == k2) {
                return (long) j << 32 | j + 1;
            }
        }
        return nachschlagen(k);
    }

    /**
     * How many of the four entries from {@code j} are below {@code k2}: as the entries ascend, the
     * position of the first one that is not. Each comparison is the sign of a difference, which
     * cannot overflow: entries and keys are below 2^41, the sentinels are the largest long.
     */
    private static int unter(long[] g, int j, long k2) {
        return (int) ((g[j] - k2) >>> 63) + (int) ((g[j + 1] - k2) >>> 63) + (int) ((g[j + 2] - k2) >>> 63)
                + (int) ((g[j + 3] - k2) >>> 63);
    }

    /** The range of a key that is no Gemeinde near the previous row's: off the hot path, so that it stays small. */
    private long nachschlagen(long k) {
        long t = tabellenBereich(k);
        return t != FREI ? t : packe(verzeichnis.gemeindeBereich(Ars.of(k)));
    }

    /** The range of a key from the table, or {@code FREI} when it is not listed. */
    private long tabellenBereich(long k) {
        int i = streue(k) & maske;
        while (true) {
            long s = tabelle[2 * i];
            if (s == k) {
                return tabelle[2 * i + 1];
            }
            if (s == FREI) {
                return FREI;
            }
            i = i + 1 & maske;
        }
    }

    /** The Land number of the Gemeinde at an index. */
    int land(int gemeinde) {
        return land[gemeinde];
    }

    static int von(long bereich) {
        return (int) (bereich >>> 32);
    }

    static int bis(long bereich) {
        return (int) bereich;
    }
}
