package de.ozg.core.aggregation;

/**
 * Range operations on plain {@code long[]} bitsets, which {@link java.util.BitSet} lacks without
 * allocating (a range cardinality there copies the range). Bit {@code i} is bit {@code i % 64} of
 * word {@code i / 64}.
 */
final class Bits {

    private Bits() {
    }

    static long[] neu(int bits) {
        return new long[(bits + 63) >>> 6];
    }

    /** Sets the bits {@code [von, bis)}. */
    static void setze(long[] w, int von, int bis) {
        if (von >= bis) {
            return;
        }
        int a = von >>> 6;
        int b = (bis - 1) >>> 6;
        long ersteMaske = -1L << von;
        long letzteMaske = -1L >>> -bis;
        if (a == b) {
            w[a] |= ersteMaske & letzteMaske;
            return;
        }
        w[a] |= ersteMaske;
        for (int i = a + 1; i < b; i++) {
            w[i] = -1L;
        }
        w[b] |= letzteMaske;
    }

    /** The number of set bits in {@code [von, bis)}. */
    static int anzahl(long[] w, int von, int bis) {
        if (w == null || von >= bis) {
            return 0;
        }
        int a = von >>> 6;
        int b = (bis - 1) >>> 6;
        long ersteMaske = -1L << von;
        long letzteMaske = -1L >>> -bis;
        if (a == b) {
            return Long.bitCount(w[a] & ersteMaske & letzteMaske);
        }
        int n = Long.bitCount(w[a] & ersteMaske);
        for (int i = a + 1; i < b; i++) {
            n += Long.bitCount(w[i]);
        }
        return n + Long.bitCount(w[b] & letzteMaske);
    }

    /** Whether any bit in {@code [von, bis)} is set. */
    static boolean irgendeins(long[] w, int von, int bis) {
        if (w == null || von >= bis) {
            return false;
        }
        int a = von >>> 6;
        int b = (bis - 1) >>> 6;
        long ersteMaske = -1L << von;
        long letzteMaske = -1L >>> -bis;
        if (a == b) {
            return (w[a] & ersteMaske & letzteMaske) != 0;
        }
        if ((w[a] & ersteMaske) != 0) {
            return true;
        }
        for (int i = a + 1; i < b; i++) {
            if (w[i] != 0) {
                return true;
            }
        }
        return (w[b] & letzteMaske) != 0;
    }

    /** Whether no bit is set. */
    static boolean isLeer(long[] w) {
        for (long x : w) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** ORs {@code quelle} into {@code ziel}, allocating when {@code ziel} is null. */
    static long[] oder(long[] ziel, long[] quelle) {
        if (quelle == null) {
            return ziel;
        }
        if (ziel == null) {
            return quelle.clone();
        }
        for (int i = 0; i < ziel.length; i++) {
            ziel[i] |= quelle[i];
        }
        return ziel;
    }
}
