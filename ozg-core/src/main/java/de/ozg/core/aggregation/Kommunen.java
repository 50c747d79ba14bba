package de.ozg.core.aggregation;

import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import java.util.List;

/**
 * Which positions of the dense Gemeinde index of a {@link Gebietsverzeichnis} are Kommunen, built
 * once per setup: a bitset over the index and prefix counts, so that the Kommunen of any index range
 * are counted in constant time and a coverage bitset loses its gemeindefreie Gebiete with one AND
 * per word. The per-row path of an accumulator never looks at it: rows fill their Gemeinde range
 * whole, and the gemeindefreie Gebiete leave the figures when a result is read.
 *
 * <p>When a counting rule counts gemeindefreie Gebiete as Kommunen, or the directory has none,
 * {@link #maske()} is null and every position counts. Immutable after construction.
 */
final class Kommunen {

    private final long[] maske;
    /** {@code vor[i]}: the Kommunen at positions below {@code i}; null when every position counts. */
    private final int[] vor;

    private Kommunen(long[] maske, int[] vor) {
        this.maske = maske;
        this.vor = vor;
    }

    /**
     * @param verzeichnis       the directory
     * @param gemeindefreieAuch whether gemeindefreie Gebiete count as Kommunen (a rule's choice)
     */
    static Kommunen of(Gebietsverzeichnis verzeichnis, boolean gemeindefreieAuch) {
        if (gemeindefreieAuch) {
            return new Kommunen(null, null);
        }
        List<Gebiet> gemeinden = verzeichnis.gemeinden();
        int n = gemeinden.size();
        long[] maske = Bits.neu(n);
        int[] vor = new int[n + 1];
        boolean alle = true;
        for (int i = 0; i < n; i++) {
            boolean kommune = gemeinden.get(i).isKommune();
            if (kommune) {
                maske[i >>> 6] |= 1L << i;
            }
            alle &= kommune;
            vor[i + 1] = vor[i] + (kommune ? 1 : 0);
        }
        return alle ? new Kommunen(null, null) : new Kommunen(maske, vor);
    }

    /** The Kommunen among the positions {@code [von, bis)}. */
    int anzahl(int von, int bis) {
        return vor == null ? bis - von : vor[bis] - vor[von];
    }

    /** The bitset of the positions that are Kommunen, or null when every position is one. */
    long[] maske() {
        return maske;
    }

    /** Clears the positions that are no Kommunen in a bitset over the index, in place; null stays null. */
    void beschraenke(long[] bits) {
        if (maske == null || bits == null) {
            return;
        }
        for (int i = 0; i < bits.length; i++) {
            bits[i] &= maske[i];
        }
    }
}
