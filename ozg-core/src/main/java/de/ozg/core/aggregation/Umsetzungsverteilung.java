package de.ozg.core.aggregation;

import de.ozg.core.model.Phase;
import de.ozg.core.ref.Priorisierung;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the OZG-Leistungen of one group of a Land's {@link Landesumsetzung} — a Themenfeld, a
 * Nachnutzungskategorie, or the whole overview — spread over Phasen and Priorisierungen. Counts are
 * distinct OZG-Leistungen; one whose rows name several phases is counted under each, so the phase
 * counts may add up to more than {@link #ozgLeistungen()}. Immutable and thread-safe.
 *
 * @param ozgLeistungen     the distinct OZG-Leistungen of the group
 * @param eintraege         the rows of the group
 * @param proPhase          OZG-Leistungen per phase: the known phases in order of progress (all of
 *                          them, zeros included), then the Land's own phases by code
 * @param ohnePhase         OZG-Leistungen with a row without phase
 * @param proPriorisierung  OZG-Leistungen per Priorisierung, all four
 * @param ohnePriorisierung OZG-Leistungen with a row without Priorisierung
 */
public record Umsetzungsverteilung(int ozgLeistungen, int eintraege, Map<Phase, Integer> proPhase, int ohnePhase,
        Map<Priorisierung, Integer> proPriorisierung, int ohnePriorisierung) {

    /** Copies the maps, keeping the order of {@code proPhase}. */
    public Umsetzungsverteilung {
        proPhase = Collections.unmodifiableMap(new LinkedHashMap<>(proPhase));
        Map<Priorisierung, Integer> p = new EnumMap<>(Priorisierung.class);
        for (Priorisierung s : Priorisierung.values()) {
            p.put(s, proPriorisierung.getOrDefault(s, 0));
        }
        proPriorisierung = Collections.unmodifiableMap(p);
    }

    /**
     * The OZG-Leistungen in one phase.
     *
     * @param phase the phase
     * @return the count, 0 for a phase that does not occur
     */
    public int anzahl(Phase phase) {
        return proPhase.getOrDefault(phase, 0);
    }

    /**
     * The OZG-Leistungen with one Priorisierung.
     *
     * @param priorisierung the Priorisierung
     * @return the count
     */
    public int anzahl(Priorisierung priorisierung) {
        return proPriorisierung.get(priorisierung);
    }
}
