package de.ozg.core.aggregation;

import java.util.Arrays;

/**
 * A perfect hash of a fixed set of distinct keys onto their positions: {@link #kandidat(long)}
 * gives the position of a key of the set with two table reads, no probing and no loop, and some
 * position for any other key, so that the caller compares the key stored there. Built once per
 * Gebietsverzeichnis for the Gemeinde keys, whose lookup is the per-row step of the matrix.
 *
 * <p>Why no ordinary hash table: probing ends after a varying number of steps, a branch the CPU
 * mispredicts, and a search near the previous row's Gemeinde makes every row wait for the one
 * before. Here the lookup of a row depends on its key alone, so the lookups of a batch of rows
 * overlap.
 *
 * <p>Construction (hash and displace): a multiplicative hash gives each key a bucket (its top bits)
 * and a first slot (the bits below). Buckets are placed largest first; each gets the smallest
 * displacement {@code d} such that every key of the bucket lands on a free slot {@code f ^ d}. XOR
 * with {@code d} permutes the slots, so keys of one bucket with distinct first slots never meet;
 * when two of them share one, or no displacement fits, the build starts over with the next
 * multiplier, and after every eight failures with twice the slots. Slots and displacements are
 * {@code char}s (the tables stay at 2 bytes a slot and half a byte a slot: 40 KB for 10,000
 * Gemeinden), so at most {@value #MAX_POSITIONEN} positions. Immutable after construction.
 */
final class Gemeindehash {

    /**
     * The most keys, and the largest value a slot holds (a {@code char}): keys have the positions up
     * to one less, the free slots may hold this one.
     */
    static final int MAX_POSITIONEN = 0xFFFF;

    /** Slots per bucket (1.5 to 3 keys): larger buckets make a smaller displacement table and a longer build. */
    private static final int PLAETZE_JE_EIMER = 4;

    private final long multiplikator;
    private final int eimerShift;
    private final int platzShift;
    private final int platzMaske;
    private final char[] versatz;
    private final char[] platz;

    /**
     * @param schluessel at most {@value #MAX_POSITIONEN} keys: key {@code i}, when not negative, is
     *                   found at position {@code i}; a negative entry is no key, its position is left
     *                   out; the keys must be distinct
     * @param leer       the position returned for the free slots, at most {@value #MAX_POSITIONEN}:
     *                   one whose stored key no looked-up key equals
     */
    Gemeindehash(long[] schluessel, int leer) {
        if (schluessel.length > MAX_POSITIONEN || leer < 0 || leer > MAX_POSITIONEN) {
            throw new IllegalArgumentException("at most " + MAX_POSITIONEN + " keys and positions, got "
                    + schluessel.length + " keys, free position " + leer);
        }
        // at most three quarters of the slots used, at least a quarter
        int platzBits = Math.max(2, 32 - Integer.numberOfLeadingZeros(schluessel.length + schluessel.length / 3));
        long saat = 0x2545F4914F6CDD1DL;
        for (int versuch = 1; ; versuch++) {
            int eimerBits = Math.max(1, platzBits - Integer.numberOfTrailingZeros(PLAETZE_JE_EIMER));
            long m = mische(saat++) | 1L;
            char[] v = new char[1 << eimerBits];
            char[] p = baue(schluessel, leer, m, eimerBits, platzBits, v);
            if (p != null) {
                this.multiplikator = m;
                this.eimerShift = 64 - eimerBits;
                this.platzShift = 64 - eimerBits - platzBits;
                this.platzMaske = (1 << platzBits) - 1;
                this.versatz = v;
                this.platz = p;
                return;
            }
            if (versuch % 8 == 0) {
                platzBits++;
            }
        }
    }

    /**
     * The position of a key if it is one of the set, else some position of the set or the free one.
     *
     * @param k a non-negative key
     * @return a position from 0 to {@value #MAX_POSITIONEN}
     */
    int kandidat(long k) {
        long h = k * multiplikator;
        return platz[((int) (h >>> platzShift) ^ versatz[(int) (h >>> eimerShift)]) & platzMaske];
    }

    /** Slots of the table, for tests. */
    int anzahlPlaetze() {
        return platz.length;
    }

    /** The slot table for one multiplier, or null when this multiplier does not give a perfect placement. */
    private static char[] baue(long[] schluessel, int leer, long m, int eimerBits, int platzBits, char[] versatz) {
        int n = 0;
        int[] position = new int[schluessel.length];
        for (int i = 0; i < schluessel.length; i++) {
            if (schluessel[i] >= 0) {
                position[n++] = i;
            }
        }
        int eimer = 1 << eimerBits;
        int plaetze = 1 << platzBits;
        int[] erster = new int[n];
        int[] anfang = new int[eimer + 1];
        int[] eimerVon = new int[n];
        for (int i = 0; i < n; i++) {
            long h = schluessel[position[i]] * m;
            eimerVon[i] = (int) (h >>> 64 - eimerBits);
            erster[i] = (int) (h >>> 64 - eimerBits - platzBits) & plaetze - 1;
            anfang[eimerVon[i] + 1]++;
        }
        int groesster = 0;
        for (int b = 0; b < eimer; b++) {
            groesster = Math.max(groesster, anfang[b + 1]);
            anfang[b + 1] += anfang[b];
        }
        // the keys grouped by bucket, and the buckets grouped by size, largest first
        int[] glieder = new int[n];
        int[] pos = Arrays.copyOf(anfang, eimer);
        for (int i = 0; i < n; i++) {
            glieder[pos[eimerVon[i]]++] = i;
        }
        int[] jeGroesse = new int[groesster + 2];
        for (int b = 0; b < eimer; b++) {
            jeGroesse[groesster - (anfang[b + 1] - anfang[b]) + 1]++;
        }
        for (int g = 0; g <= groesster; g++) {
            jeGroesse[g + 1] += jeGroesse[g];
        }
        int[] reihenfolge = new int[eimer];
        for (int b = 0; b < eimer; b++) {
            reihenfolge[jeGroesse[groesster - (anfang[b + 1] - anfang[b])]++] = b;
        }
        char[] platz = new char[plaetze];
        Arrays.fill(platz, (char) leer);
        boolean[] belegt = new boolean[plaetze];
        int hoechsterVersatz = Math.min(plaetze, MAX_POSITIONEN + 1);
        for (int b : reihenfolge) {
            int von = anfang[b];
            int bis = anfang[b + 1];
            if (von == bis) {
                break;
            }
            for (int x = von + 1; x < bis; x++) {
                for (int y = von; y < x; y++) {
                    if (erster[glieder[x]] == erster[glieder[y]]) {
                        return null;
                    }
                }
            }
            int d = 0;
            while (d < hoechsterVersatz && !frei(belegt, erster, glieder, von, bis, d)) {
                d++;
            }
            if (d == hoechsterVersatz) {
                return null;
            }
            versatz[b] = (char) d;
            for (int x = von; x < bis; x++) {
                int i = glieder[x];
                belegt[erster[i] ^ d] = true;
                platz[erster[i] ^ d] = (char) position[i];
            }
        }
        return platz;
    }

    private static boolean frei(boolean[] belegt, int[] erster, int[] glieder, int von, int bis, int d) {
        for (int x = von; x < bis; x++) {
            if (belegt[erster[glieder[x]] ^ d]) {
                return false;
            }
        }
        return true;
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: a different odd multiplier per attempt. */
    private static long mische(long x) {
        x = (x ^ x >>> 30) * 0xBF58476D1CE4E5B9L;
        x = (x ^ x >>> 27) * 0x94D049BB133111EBL;
        return x ^ x >>> 31;
    }
}
