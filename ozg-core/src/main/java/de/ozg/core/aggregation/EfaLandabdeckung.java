package de.ozg.core.aggregation;

import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.ref.Bundesland;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One Land's part in "Einer für Alle": the EfA services it develops and offers to the others, and
 * the services of other Länder it reuses as a whole Land, each at its most advanced
 * {@link NachnutzungsStatus}. Services that only some of its Kommunen connect to, without the Land,
 * are listed apart. Services are named by id, in id order. Immutable and thread-safe.
 *
 * @param land                the Land
 * @param entwickelt          the ids of the EfA services the Land develops
 * @param nachgenutzt         per status the ids of other Länder's services the Land is connected to
 *                            at that highest status; disjoint, every status present
 * @param kommunalNachgenutzt ids of other Länder's services that Kommunen of the Land use while the
 *                            Land itself has no Nachnutzung
 */
public record EfaLandabdeckung(Bundesland land, SortedSet<String> entwickelt,
        Map<NachnutzungsStatus, SortedSet<String>> nachgenutzt, SortedSet<String> kommunalNachgenutzt) {

    /** Validates and copies. */
    public EfaLandabdeckung {
        Objects.requireNonNull(land, "land");
        entwickelt = Collections.unmodifiableSortedSet(new TreeSet<>(entwickelt));
        Map<NachnutzungsStatus, SortedSet<String>> n = new EnumMap<>(NachnutzungsStatus.class);
        for (NachnutzungsStatus s : NachnutzungsStatus.values()) {
            n.put(s, Collections.unmodifiableSortedSet(new TreeSet<>(nachgenutzt.getOrDefault(s, new TreeSet<>()))));
        }
        nachgenutzt = Collections.unmodifiableMap(n);
        kommunalNachgenutzt = Collections.unmodifiableSortedSet(new TreeSet<>(kommunalNachgenutzt));
    }

    /**
     * The services reused at a status or a more advanced one.
     *
     * @param mindestens the least status
     * @return the ids in id order
     */
    public SortedSet<String> nachgenutztMindestens(NachnutzungsStatus mindestens) {
        SortedSet<String> r = new TreeSet<>();
        nachgenutzt.forEach((s, ids) -> {
            if (s.compareTo(mindestens) >= 0) {
                r.addAll(ids);
            }
        });
        return Collections.unmodifiableSortedSet(r);
    }
}
