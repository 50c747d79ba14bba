package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.ref.Reifegrad;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed for one LeiKa key × ARS between two Stichtage: it appeared, disappeared, went
 * online or offline under the counting rule, changed its Reifegrad or its flags. Ordered by key,
 * then ARS. Immutable and thread-safe.
 *
 * @param schluessel the LeiKa key
 * @param ars        the Gebiet
 * @param arten      the kinds of change, never empty
 * @param vorher     the state at the earlier Stichtag, empty when the row appeared
 * @param nachher    the state at the later Stichtag, empty when the row disappeared
 */
public record Veraenderung(Leistungsschluessel schluessel, Ars ars, Set<Art> arten, Optional<Zustand> vorher,
        Optional<Zustand> nachher) implements Comparable<Veraenderung> {

    /** A kind of change. */
    public enum Art {
        /** The key × ARS is new at the later Stichtag. */
        NEU,
        /** The key × ARS is missing at the later Stichtag. */
        ENTFALLEN,
        /** Present at both, and now counts as online under the rule. */
        ONLINE_GEGANGEN,
        /** Present at both, and no longer counts as online under the rule. */
        OFFLINE_GEGANGEN,
        /** Present at both, Reifegrad higher on the same model. */
        REIFEGRAD_GESTIEGEN,
        /** Present at both, Reifegrad lower on the same model. */
        REIFEGRAD_GESUNKEN,
        /** Present at both, a Reifegrad appeared, vanished, or changed its model. */
        REIFEGRAD_SONSTIG,
        /** Present at both, {@code aktiv} or {@code online_status} changed. */
        STATUS_GEAENDERT
    }

    /**
     * The state of a key × ARS at one Stichtag.
     *
     * @param aktiv     {@code aktiv}
     * @param ok        {@code online_status = ok}
     * @param reifegrad the (best) Reifegrad, when reported
     * @param online    whether it counts as online under the comparison's rule
     */
    public record Zustand(boolean aktiv, boolean ok, Optional<Reifegrad> reifegrad, boolean online) {
        /** Validates. */
        public Zustand {
            Objects.requireNonNull(reifegrad, "reifegrad");
        }
    }

    /** Validates and copies. */
    public Veraenderung {
        Objects.requireNonNull(schluessel, "schluessel");
        Objects.requireNonNull(ars, "ars");
        Objects.requireNonNull(vorher, "vorher");
        Objects.requireNonNull(nachher, "nachher");
        if (arten.isEmpty()) {
            throw new IllegalArgumentException("Veraenderung.arten must not be empty");
        }
        arten = Collections.unmodifiableSet(EnumSet.copyOf(arten));
    }

    private static final Comparator<Veraenderung> ORDNUNG = Comparator.comparing(Veraenderung::schluessel)
            .thenComparing(Veraenderung::ars);

    /** Orders by key, then ARS. */
    @Override
    public int compareTo(Veraenderung o) {
        return ORDNUNG.compare(this, o);
    }
}
