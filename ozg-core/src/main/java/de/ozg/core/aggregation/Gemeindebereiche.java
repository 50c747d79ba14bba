package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.internal.LongIntMap;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;
import java.util.ArrayList;
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

    /**
     * How many Gemeinde keys past the previous range a key is looked for in before hashing, in steps
     * of four: a service offered in a third of the Gemeinden skips more than eight in a row once in
     * thirty rows, more than thirty-two almost never.
     */
    private static final int FENSTER = 32;

    private final Gebietsverzeichnis verzeichnis;
    /**
     * The keys that name more than one Gemeinde, or none (Bund, Länder, Kreise, Verbände, and a
     * kreisfreie Stadt's key, which is also its Kreis's): open addressing with linear probing; slot
     * {@code i} holds the key at {@code 2i} and its range packed as {@code von << 32 | bis} at
     * {@code 2i + 1}, so a lookup touches one cache line where separate key, index and range arrays
     * would touch three. The Gemeinden, far more, are not in it: a table of all keys would be as
     * large as the core's L2 cache, and the rows streaming through would push it out.
     */
    private final long[] weite;
    private final int weiteMaske;
    /**
     * The Gemeinden that name only themselves, hashed to their index (-1 for a free slot); the key of
     * a slot is {@code schluessel[index]}, read in index order as the rows of one service are.
     */
    private final int[] gemeindeIndex;
    private final int gemeindeMaske;
    /**
     * The Gemeinde keys in index order, each doubled and plus one when the key names more than its
     * own Gemeinde (a kreisfreie Stadt's key {@code 010010000000} is also its Kreis's), followed by
     * four sentinels above every key: a count of the entries below a key never passes the first, so
     * the four entries read from any index reached exist.
     */
    private final long[] schluessel;
    /** {@link #schluessel} when the keys strictly ascend, else null, and every key is hashed. */
    private final long[] gemeinden;
    /** The Land number of every Gemeinde, by index. */
    private final byte[] land;

    Gemeindebereiche(Gebietsverzeichnis verzeichnis) {
        this.verzeichnis = verzeichnis;
        // every listed key with its range, for building; of these only the wide ones are kept
        LongIntMap alle = new LongIntMap(verzeichnis.gebiete().size() + Bundesland.values().length + 1);
        List<Long> bereiche = new ArrayList<>();
        merke(alle, bereiche, Ars.BUND);
        for (Bundesland l : Bundesland.values()) {
            merke(alle, bereiche, Ars.of(l));
        }
        for (Gebiet g : verzeichnis.gebiete()) {
            merke(alle, bereiche, g.ars());
        }
        List<Gebiet> liste = verzeichnis.gemeinden();
        int anzahl = liste.size();
        long[] keys = new long[anzahl + 4];
        this.land = new byte[anzahl];
        boolean aufsteigend = true;
        int schmal = 0;
        for (int i = 0; i < anzahl; i++) {
            Ars ars = liste.get(i).ars();
            long k = ars.longValue();
            boolean breit = bereiche.get(alle.get(k) + 1) != ((long) i << 32 | i + 1);
            keys[i] = k << 1 | (breit ? 1 : 0);
            schmal += breit ? 0 : 1;
            land[i] = (byte) ars.landNummer();
            aufsteigend &= i == 0 || keys[i - 1] < keys[i];
        }
        // the steps past the last Gemeinde read these; no key is equal to them or above them
        Arrays.fill(keys, anzahl, keys.length, Long.MAX_VALUE);
        this.schluessel = keys;
        this.gemeinden = aufsteigend ? keys : null;

        int gemeindeSlots = slots(schmal);
        this.gemeindeIndex = new int[gemeindeSlots];
        this.gemeindeMaske = gemeindeSlots - 1;
        Arrays.fill(gemeindeIndex, -1);
        for (int i = 0; i < anzahl; i++) {
            if ((keys[i] & 1) == 0) {
                int slot = streue(keys[i] >>> 1) & gemeindeMaske;
                while (gemeindeIndex[slot] >= 0) {
                    slot = slot + 1 & gemeindeMaske;
                }
                gemeindeIndex[slot] = i;
            }
        }
        int weiteSlots = slots(alle.size() - schmal);
        this.weite = new long[2 * weiteSlots];
        this.weiteMaske = weiteSlots - 1;
        for (int i = 0; i < weiteSlots; i++) {
            weite[2 * i] = FREI;
        }
        for (int b = 0; b < bereiche.size(); b += 2) {
            long k = bereiche.get(b);
            long bereich = bereiche.get(b + 1);
            int von = von(bereich);
            if (bis(bereich) - von == 1 && keys[von] == k << 1) {
                continue;
            }
            int slot = streue(k) & weiteMaske;
            while (weite[2 * slot] != FREI) {
                slot = slot + 1 & weiteMaske;
            }
            weite[2 * slot] = k;
            weite[2 * slot + 1] = bereich;
        }
    }

    /** Slots for {@code n} keys: a power of two, at most three quarters full. */
    private static int slots(int n) {
        return Integer.highestOneBit(Math.max(4, n + n / 3)) << 1;
    }

    private static int streue(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** Records a key and its range, as key and range at {@code 2i} and {@code 2i + 1} of {@code bereiche}. */
    private void merke(LongIntMap alle, List<Long> bereiche, Ars ars) {
        if (alle.putIfAbsent(ars.longValue(), bereiche.size()) == LongIntMap.ABSENT) {
            bereiche.add(ars.longValue());
            bereiche.add(packe(verzeichnis.gemeindeBereich(ars)));
        }
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
            // the first entry from g[ab] on not below 2k, looked for up to FENSTER entries past ab;
            // 2k itself is a Gemeinde that names only itself
            long k2 = k << 1;
            int j = ab + unter(g, ab, k2);
            if (j == ab + 4) {
                j += unter(g, j, k2);
                // the first two steps find the next Gemeinde on 97 rows in 100, and take no branch
                // that depends on the distance but this one
                for (int ende = ab + FENSTER; j < ende && g[j] < k2; ) {
                    j += unter(g, j, k2);
                }
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
        int i = streue(k);
        int w = i & weiteMaske;
        while (true) {
            long s = weite[2 * w];
            if (s == k) {
                return weite[2 * w + 1];
            }
            if (s == FREI) {
                break;
            }
            w = w + 1 & weiteMaske;
        }
        long k2 = k << 1;
        int g = i & gemeindeMaske;
        while (true) {
            int j = gemeindeIndex[g];
            if (j < 0) {
                break;
            }
            if (schluessel[j] == k2) {
                return (long) j << 32 | j + 1;
            }
            g = g + 1 & gemeindeMaske;
        }
        return packe(verzeichnis.gemeindeBereich(Ars.of(k)));
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
