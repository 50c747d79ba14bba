package de.ozg.core.model;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An OZG-Leistung, also called Leistungsbündel: the unit the OZG counts (575 of them), such as
 * {@code 10000} "Elterngeld", bundling one or more {@link LeikaLeistung LeiKa services}. It sits in
 * one Themenfeld and one Lebenslage of that Themenfeld.
 *
 * <p>A bundle has no Typisierung of its own: {@link #typisierung()} is the union of its services'
 * codes. Membership in the Bund or föderal programme is separate data ({@link #programm()}).
 * Invariants: the Lebenslage belongs to the bundle's Themenfeld, and no LeiKa key appears twice
 * with different content (an exact repetition of a service is kept as listed). Immutable and
 * thread-safe; equality covers all fields.
 */
@Value.Immutable
public abstract class OzgLeistung implements Comparable<OzgLeistung> {

    OzgLeistung() {
    }

    /**
     * The OZG-ID, such as {@code 10000}.
     *
     * @return the id
     */
    public abstract OzgId ozgId();

    /**
     * The name of the bundle, such as "Elterngeld".
     *
     * @return the name, never blank
     */
    public abstract String bezeichnung();

    /**
     * The Themenfeld.
     *
     * @return the Themenfeld
     */
    public abstract Themenfeld themenfeld();

    /**
     * The Lebens- or Unternehmenslage, always of {@link #themenfeld()}.
     *
     * @return the Lage
     */
    public abstract Lebenslage lebenslage();

    /**
     * The bundle's LeiKa services in catalogue order, keyed and unkeyed.
     *
     * @return the services
     */
    public abstract List<LeikaLeistung> leistungen();

    /**
     * The programme assignment, when known.
     *
     * @return Bund or föderal, or empty
     */
    public abstract Optional<Programm> programm();

    /**
     * The union of the Typisierung codes of all services, in code-list order. Computed on first use
     * and kept: reading a catalogue builds hundreds of bundles whose union most callers never ask
     * for, and walking every service's set cost a third of building the bundle.
     *
     * @return the codes, possibly empty
     */
    @Value.Lazy
    public SortedSet<Typisierung> typisierung() {
        long maske = 0;
        for (LeikaLeistung l : leistungen()) {
            for (Typisierung t : l.typisierung()) {
                maske |= 1L << t.ordinal();
            }
        }
        return Typisierungsmengen.of(maske);
    }

    /**
     * The keys of the keyed services.
     *
     * @return the keys in catalogue order
     */
    public List<Leistungsschluessel> schluessel() {
        return leistungen().stream().flatMap(l -> l.schluessel().stream()).toList();
    }

    /**
     * The number of services "nicht im LeiKa".
     *
     * @return the count of unkeyed services
     */
    public long anzahlOhneSchluessel() {
        return leistungen().stream().filter(l -> !l.isImLeika()).count();
    }

    /**
     * A fresh builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        ModellException.requireText("OzgLeistung.bezeichnung", bezeichnung());
        if (lebenslage().themenfeld() != themenfeld()) {
            throw new ModellException(ModellViolation.LEBENSLAGE_THEMENFELD_MISMATCH,
                    "OzgLeistung " + ozgId() + ".lebenslage", lebenslage().bezeichnung(),
                    "a Lebenslage of Themenfeld '" + themenfeld().bezeichnung() + "', but it belongs to '"
                            + lebenslage().themenfeld().bezeichnung() + "'");
        }
        List<LeikaLeistung> leistungen = leistungen();
        if (leistungen.size() > KLEIN) {
            Map<Leistungsschluessel, LeikaLeistung> seen = new HashMap<>();
            for (LeikaLeistung l : leistungen) {
                if (l.schluessel().isPresent()) {
                    requireSameContent(seen.putIfAbsent(l.schluessel().get(), l), l);
                }
            }
            return;
        }
        // a bundle has about nine services: comparing the keys pairwise is cheaper than hashing them
        long[] keys = new long[leistungen.size()];
        for (int i = 0; i < keys.length; i++) {
            Optional<Leistungsschluessel> s = leistungen.get(i).schluessel();
            keys[i] = s.isPresent() ? s.get().longValue() : -1;
            for (int j = 0; keys[i] >= 0 && j < i; j++) {
                if (keys[j] == keys[i]) {
                    requireSameContent(leistungen.get(j), leistungen.get(i));
                    break;
                }
            }
        }
    }

    /** Up to this many services the key check compares pairwise. */
    private static final int KLEIN = 32;

    private void requireSameContent(LeikaLeistung before, LeikaLeistung l) {
        if (before != null && !before.equals(l)) {
            Abweichung d = Abweichung.zwischen(before, l)
                    .orElseGet(() -> new Abweichung("inhalt", before.toString(), l.toString()));
            throw d.alsFehler(ModellViolation.DUPLICATE_LEIKA_KEY,
                    "OzgLeistung " + ozgId() + ".leistungen[" + l.schluessel().get() + "]",
                    "one content per LeiKa key within a bundle");
        }
    }

    /**
     * Orders by OZG-ID. This order is <em>inconsistent with equals</em> for two different bundles
     * of one OZG-ID, which a catalogue never holds (it rejects them).
     */
    @Override
    public int compareTo(OzgLeistung other) {
        return ozgId().compareTo(other.ozgId());
    }

    /** Builds an {@link OzgLeistung}. */
    public static final class Builder extends ImmutableOzgLeistung.Builder {
        Builder() {
        }
    }
}
