package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.ref.Bundesland;

/**
 * The Gemeinde range of every key the Gebietsverzeichnis lists (and of the Bund and the Länder),
 * computed once, so that placing a status row costs one primitive hash lookup instead of two
 * binary searches over all Gemeinde keys and a range object. Rows name a few thousand distinct
 * keys, nearly all of them listed, but in key-ordered files the key changes on almost every row,
 * so a cache of the last key alone does not help. Keys that are not listed (a typo, a Gemeinde
 * merged away) fall back to {@link Gebietsverzeichnis#gemeindeBereich(Ars)}, so the answer is
 * always the same as that method's. Immutable after construction, safe to read from any thread.
 */
final class Gemeindebereiche {

    private final Gebietsverzeichnis verzeichnis;
    private final LongIntMap index;
    /** Range {@code j} packed as {@code von << 32 | bis}. */
    private final long[] bereiche;

    Gemeindebereiche(Gebietsverzeichnis verzeichnis) {
        this.verzeichnis = verzeichnis;
        int n = verzeichnis.gebiete().size() + Bundesland.values().length + 1;
        this.index = new LongIntMap(n);
        long[] b = new long[n];
        int j = merke(b, 0, Ars.of(0L));
        for (Bundesland land : Bundesland.values()) {
            j = merke(b, j, Ars.of(land));
        }
        for (Gebiet g : verzeichnis.gebiete()) {
            j = merke(b, j, g.ars());
        }
        this.bereiche = b;
    }

    private int merke(long[] b, int j, Ars ars) {
        int i = index.getOrPut(ars.longValue(), j);
        if (i != j) {
            return j;
        }
        b[j] = packe(verzeichnis.gemeindeBereich(ars));
        return j + 1;
    }

    private static long packe(Gebietsverzeichnis.Bereich b) {
        return (long) b.von() << 32 | b.bis() & 0xFFFF_FFFFL;
    }

    /**
     * The range of the Gemeinden under a key, packed; read it with {@link #von(long)} and
     * {@link #bis(long)}.
     *
     * @param ars the key
     * @return {@code von << 32 | bis}
     */
    long bereich(Ars ars) {
        int j = index.get(ars.longValue());
        return j >= 0 ? bereiche[j] : packe(verzeichnis.gemeindeBereich(ars));
    }

    static int von(long bereich) {
        return (int) (bereich >>> 32);
    }

    static int bis(long bereich) {
        return (int) bereich;
    }
}
