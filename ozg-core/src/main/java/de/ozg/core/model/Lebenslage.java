package de.ozg.core.model;

import de.ozg.core.ref.Themenfeld;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Lebenslage or Unternehmenslage: the second level of the OZG-Umsetzungskatalog under a
 * Themenfeld, such as "Geburt" under "Familie &amp; Kind". Officially there are 35 Lebens- and 17
 * Unternehmenslagen; catalogues in the wild carry other numbers (the 2019 snapshot lists 58, of
 * which 55 hold bundles), so they are data, identified by name within their Themenfeld.
 *
 * <p>Immutable and thread-safe; equal when name, Themenfeld and type are equal. The natural order
 * (Themenfeld, name, type) is consistent with {@code equals}.
 */
@Value.Immutable
public abstract class Lebenslage implements Comparable<Lebenslage> {

    Lebenslage() {
    }

    /**
     * The name as published, such as "Geburt".
     *
     * @return the name, never blank
     */
    public abstract String bezeichnung();

    /**
     * The Themenfeld this Lage belongs to.
     *
     * @return the Themenfeld
     */
    public abstract Themenfeld themenfeld();

    /**
     * Whether this is a Lebens- or an Unternehmenslage, when the source says so.
     *
     * @return the type, or empty when unknown
     */
    public abstract Optional<Lagetyp> typ();

    /**
     * A Lage of unknown type.
     *
     * @param bezeichnung the name, not blank
     * @param themenfeld  the Themenfeld
     * @return the Lage
     */
    public static Lebenslage of(String bezeichnung, Themenfeld themenfeld) {
        return ImmutableLebenslage.builder().bezeichnung(bezeichnung).themenfeld(themenfeld).build();
    }

    /**
     * A Lage of known type.
     *
     * @param bezeichnung the name, not blank
     * @param themenfeld  the Themenfeld
     * @param typ         Lebens- or Unternehmenslage
     * @return the Lage
     */
    public static Lebenslage of(String bezeichnung, Themenfeld themenfeld, Lagetyp typ) {
        return ImmutableLebenslage.builder().bezeichnung(bezeichnung).themenfeld(themenfeld).typ(typ).build();
    }

    @Value.Check
    void check() {
        ModellException.requireText("Lebenslage.bezeichnung", bezeichnung());
    }

    /**
     * Orders by Themenfeld, then name, then type (unknown type first). The type takes part so that
     * the order agrees with {@code equals}: sorted sets and maps must not merge a Lage of unknown type
     * with one of known type.
     */
    @Override
    public int compareTo(Lebenslage other) {
        int c = themenfeld().compareTo(other.themenfeld());
        if (c == 0) {
            c = bezeichnung().compareTo(other.bezeichnung());
        }
        if (c == 0) {
            c = Integer.compare(typ().map(t -> t.ordinal() + 1).orElse(0),
                    other.typ().map(t -> t.ordinal() + 1).orElse(0));
        }
        return c;
    }
}
