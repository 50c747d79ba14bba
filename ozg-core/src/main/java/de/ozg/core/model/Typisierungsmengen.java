package de.ozg.core.model;

import de.ozg.core.ref.Typisierung;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unmodifiable sorted sets of Typisierung codes that the model derives, one instance per
 * combination: a catalogue of hundreds of bundles has a few dozen combinations, and building a
 * tree set for each bundle cost more than its services. Thread-safe.
 */
final class Typisierungsmengen {

    /** The codes by ordinal; the code list has 21, so a long holds any combination. */
    private static final Typisierung[] CODES = Typisierung.values();
    /** Combinations kept at most; beyond, sets are built each time (real data never gets there). */
    private static final int MAX = 4096;
    private static final Map<Long, SortedSet<Typisierung>> MENGEN = new ConcurrentHashMap<>();

    private Typisierungsmengen() {
    }

    /**
     * @param maske bit {@code i} set for the code of ordinal {@code i}
     * @return the codes in code-list order, unmodifiable
     */
    static SortedSet<Typisierung> of(long maske) {
        SortedSet<Typisierung> m = MENGEN.get(maske);
        if (m == null) {
            m = build(maske);
            if (MENGEN.size() < MAX) {
                MENGEN.putIfAbsent(maske, m);
            }
        }
        return m;
    }

    private static SortedSet<Typisierung> build(long maske) {
        EnumSet<Typisierung> codes = EnumSet.noneOf(Typisierung.class);
        for (Typisierung t : CODES) {
            if ((maske & 1L << t.ordinal()) != 0) {
                codes.add(t);
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }
}
