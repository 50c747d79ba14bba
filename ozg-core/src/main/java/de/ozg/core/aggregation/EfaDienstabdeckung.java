package de.ozg.core.aggregation;

import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.ref.Bundesland;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reuse coverage of one EfA service: which Länder are connected and how many Gemeinden it
 * reaches, each at the most advanced {@link NachnutzungsStatus} reported for them. Under "Einer für
 * Alle" one Land develops and runs a service and the others connect; since no official formula
 * exists, {@link EfaAbdeckung} defines how these figures are counted. Every Land and every Gemeinde
 * is counted once, at its highest status, so the status figures add up; the developing Land is
 * never among the connected Länder, and its own Gemeinden are given apart in
 * {@link #eigeneGemeinden()}. Immutable and thread-safe.
 *
 * @param id                    the service's id
 * @param bezeichnung           the service's name (the smallest of the names seen for the id)
 * @param entwickelndesLand     the Land that develops and runs it
 * @param laender               per status the other Länder connected as a whole at that highest
 *                              status; disjoint, in Land-code order, every status present
 * @param gemeindenGesamt       all Kommunen of the Gebietsverzeichnis: the denominator of the shares
 * @param eigeneGemeinden       the Kommunen of the developing Land, where the service is available
 * @param nachnutzendeGemeinden per status the Kommunen outside the developing Land reached at that
 *                              highest status, through their Land or their Kommune; disjoint
 */
public record EfaDienstabdeckung(String id, String bezeichnung, Bundesland entwickelndesLand,
        Map<NachnutzungsStatus, Set<Bundesland>> laender, int gemeindenGesamt, int eigeneGemeinden,
        Map<NachnutzungsStatus, Integer> nachnutzendeGemeinden) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException when a status is missing from a map
     */
    public EfaDienstabdeckung {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bezeichnung, "bezeichnung");
        Objects.requireNonNull(entwickelndesLand, "entwickelndesLand");
        Map<NachnutzungsStatus, Set<Bundesland>> l = new EnumMap<>(NachnutzungsStatus.class);
        Map<NachnutzungsStatus, Integer> g = new EnumMap<>(NachnutzungsStatus.class);
        for (NachnutzungsStatus s : NachnutzungsStatus.values()) {
            if (!laender.containsKey(s) || !nachnutzendeGemeinden.containsKey(s)) {
                throw new IllegalArgumentException("EfaDienstabdeckung " + id + " must have figures for every "
                        + "NachnutzungsStatus, missing: " + s);
            }
            Set<Bundesland> set = EnumSet.noneOf(Bundesland.class);
            set.addAll(laender.get(s));
            l.put(s, Collections.unmodifiableSet(set));
            g.put(s, nachnutzendeGemeinden.get(s));
        }
        laender = Collections.unmodifiableMap(l);
        nachnutzendeGemeinden = Collections.unmodifiableMap(g);
    }

    /**
     * The Länder connected as a whole at a status or a more advanced one.
     *
     * @param mindestens the least status
     * @return the Länder in Land-code order
     */
    public Set<Bundesland> laenderMindestens(NachnutzungsStatus mindestens) {
        Set<Bundesland> r = EnumSet.noneOf(Bundesland.class);
        laender.forEach((s, l) -> {
            if (s.compareTo(mindestens) >= 0) {
                r.addAll(l);
            }
        });
        return Collections.unmodifiableSet(r);
    }

    /**
     * The Gemeinden reached at a status or a more advanced one, including the developing Land's own.
     *
     * @param mindestens the least status
     * @return the count
     */
    public int erreichteGemeinden(NachnutzungsStatus mindestens) {
        int n = eigeneGemeinden;
        for (var e : nachnutzendeGemeinden.entrySet()) {
            if (e.getKey().compareTo(mindestens) >= 0) {
                n += e.getValue();
            }
        }
        return n;
    }

    /**
     * The share of all Gemeinden reached at a status or a more advanced one, the developing Land's
     * own Gemeinden included: with {@link NachnutzungsStatus#ANGEBUNDEN} the share where the service
     * is in use today.
     *
     * @param mindestens the least status
     * @return 0 to 1, or 0 when the Gebietsverzeichnis has no Gemeinde
     */
    public double anteil(NachnutzungsStatus mindestens) {
        return gemeindenGesamt == 0 ? 0 : erreichteGemeinden(mindestens) / (double) gemeindenGesamt;
    }
}
