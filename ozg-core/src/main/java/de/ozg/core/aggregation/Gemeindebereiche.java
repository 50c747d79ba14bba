package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.internal.LongIntMap;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gemeinde range of every key the Gebietsverzeichnis lists (and of the Bund and the Länder),
 * computed once, so that placing a status row costs a perfect-hash lookup instead of two binary
 * searches over all Gemeinde keys and a range object. Keys that are not listed (a typo, a Gemeinde
 * merged away) fall back to {@link Gebietsverzeichnis#gemeindeBereich(Ars)}, so the answer is always
 * the same as that method's. Immutable after construction, safe to read from any thread.
 *
 * <p>Almost every row names a Gemeinde, which {@link #gemeinde(long)} finds with a
 * {@link Gemeindehash}: two reads from 40 KB of tables and one compare with the Gemeinde's key, no
 * loop and no dependence on the row before, so the matrix looks up a whole batch of rows first and
 * their reads overlap. Every other key — Bund, Länder, Kreise, Verbände, a kreisfreie Stadt's key
 * (which is also its Kreis's) — is in a small hash table of wide keys, read only off the hot path.
 * Nor is there a division or remainder on this path: long division by a constant is a hardware
 * divide on the JDKs of this project, slower than the whole lookup.
 */
final class Gemeindebereiche {

    private static final long FREI = -1L;

    private final Gebietsverzeichnis verzeichnis;
    /**
     * The listed keys that are not in {@link #hash}: those that name more than one Gemeinde, or none,
     * and Gemeinden past {@link Gemeindehash#MAX_POSITIONEN}. Open addressing with linear probing;
     * slot {@code i} holds the key at {@code 2i} and its range packed as {@code von << 32 | bis} at
     * {@code 2i + 1}, so a lookup touches one cache line where separate key, index and range arrays
     * would touch three.
     */
    private final long[] weite;
    private final int weiteMaske;
    /**
     * The keys of the first {@code gehasht} Gemeinden in index order, each doubled and plus one when
     * the key names more than its own Gemeinde (a kreisfreie Stadt's key {@code 010010000000} is also
     * its Kreis's), so that no key looked up matches it; then a sentinel above every key, the
     * position of the hash's free slots.
     */
    private final long[] schluessel;
    /** The positions of the Gemeinden in {@link #schluessel} that name only themselves. */
    private final Gemeindehash hash;
    /** The Land number of every Gemeinde, by index. */
    private final byte[] land;

    Gemeindebereiche(Gebietsverzeichnis verzeichnis) {
        this(verzeichnis, Gemeindehash.MAX_POSITIONEN);
    }

    /**
     * @param grenze how many Gemeinden at most are hashed; the rest are wide keys (a test sets it low
     *               to check that path without a directory of 65,535 Gemeinden)
     */
    Gemeindebereiche(Gebietsverzeichnis verzeichnis, int grenze) {
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
        int gehasht = Math.min(anzahl, Math.min(grenze, Gemeindehash.MAX_POSITIONEN));
        long[] keys = new long[gehasht + 1];
        this.land = new byte[anzahl];
        int schmal = 0;
        for (int i = 0; i < anzahl; i++) {
            Ars ars = liste.get(i).ars();
            land[i] = (byte) ars.landNummer();
            if (i < gehasht) {
                long k = ars.longValue();
                boolean breit = bereiche.get(alle.get(k) + 1) != ((long) i << 32 | i + 1);
                keys[i] = k << 1 | (breit ? 1 : 0);
                schmal += breit ? 0 : 1;
            }
        }
        // no key is equal to it: keys are below 2^41
        keys[gehasht] = Long.MAX_VALUE;
        this.schluessel = keys;
        long[] schmale = new long[gehasht];
        for (int i = 0; i < gehasht; i++) {
            schmale[i] = (keys[i] & 1) == 0 ? keys[i] >>> 1 : -1;
        }
        this.hash = new Gemeindehash(schmale, gehasht);

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
            if (bis(bereich) - von == 1 && von < gehasht && keys[von] == k << 1) {
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
     * The index of the Gemeinde a key names when it names exactly one, its own: the range is then
     * {@code [index, index + 1)}.
     *
     * @param k the key as a number
     * @return the index, or -1 for any other key and for the Gemeinden the hash does not hold; then
     *         {@link #bereich(long)} has the range
     */
    int gemeinde(long k) {
        int i = hash.kandidat(k);
        return schluessel[i] == k << 1 ? i : -1;
    }

    /**
     * The range of the Gemeinden under a key, packed; read it with {@link #von(long)} and
     * {@link #bis(long)}.
     *
     * @param k the key as a number
     * @return {@code von << 32 | bis}
     */
    long bereich(long k) {
        int i = gemeinde(k);
        return i >= 0 ? (long) i << 32 | i + 1 : weit(k);
    }

    /** The range of a key that is no Gemeinde of the hash: off the hot path, so that it stays small. */
    private long weit(long k) {
        int w = streue(k) & weiteMaske;
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
