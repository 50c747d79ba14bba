package de.ozg.core.model;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The OZG-Umsetzungskatalog at a Stand: the OZG-Leistungen with their LeiKa services, indexed by
 * OZG-ID, by Leistungsschlüssel, by Themenfeld and by Lebenslage.
 *
 * <p>Construction rejects structural contradictions — one OZG-ID listed twice with different
 * content — with a message naming the OZG-ID and both versions; an exact repetition is merged.
 * Everything else a catalogue may get wrong (a key in two bundles, 557 instead of 575 bundles) is
 * the business of the catalogue rule set, which reports and never throws. Leistungen are kept in
 * OZG-ID order. Immutable and thread-safe; the indexes are built on first use and take no part in
 * {@code equals}, which compares Stand, version and bundles. {@link #toString()} is a summary.
 */
@Value.Immutable
public abstract class OzgKatalog {

    OzgKatalog() {
    }

    /**
     * The date the catalogue describes.
     *
     * @return the Stand
     */
    public abstract LocalDate stand();

    /**
     * A version label of the source, such as "2019-12", when known. A blank label is dropped.
     *
     * @return the version, never blank
     */
    public abstract Optional<String> version();

    /**
     * The OZG-Leistungen in OZG-ID order, each once.
     *
     * @return the bundles
     */
    public abstract List<OzgLeistung> leistungen();

    /**
     * A catalogue of the given bundles; exact repetitions are merged.
     *
     * @param stand      the Stand
     * @param leistungen the bundles in any order
     * @return the catalogue
     * @throws ModellException when one OZG-ID occurs with different content
     */
    public static OzgKatalog of(LocalDate stand, Iterable<OzgLeistung> leistungen) {
        return builder().stand(stand).addAllLeistungen(leistungen).build();
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
    OzgKatalog normalize() {
        boolean blank = version().isPresent() && ModellException.isBlank(version().get());
        if (!blank && isStrictlyOrdered(leistungen())) {
            // each OZG-ID once and in order: nothing to merge, sort or compare
            return this;
        }
        Map<OzgId, OzgLeistung> byId = new TreeMap<>();
        boolean changed = blank;
        OzgLeistung previous = null;
        for (OzgLeistung l : leistungen()) {
            OzgLeistung before = byId.putIfAbsent(l.ozgId(), l);
            if (before != null) {
                if (!before.equals(l)) {
                    Abweichung d = Abweichung.zwischen(before, l)
                            .orElseGet(() -> new Abweichung("inhalt", before.toString(), l.toString()));
                    throw d.alsFehler(ModellViolation.CONTRADICTING_OZG_LEISTUNG,
                            "OzgKatalog.leistungen[" + l.ozgId() + "]", "one content per OZG-ID");
                }
                changed = true;
            } else if (previous != null && previous.compareTo(l) > 0) {
                changed = true;
            }
            previous = l;
        }
        if (!changed) {
            return this;
        }
        return ImmutableOzgKatalog.builder().from(this).leistungen(byId.values())
                .version(version().filter(v -> !ModellException.isBlank(v))).build();
    }

    /** Whether every bundle has a greater OZG-ID than the one before; such a list has no repetition. */
    private static boolean isStrictlyOrdered(List<OzgLeistung> leistungen) {
        OzgLeistung previous = null;
        for (OzgLeistung l : leistungen) {
            if (previous != null && previous.compareTo(l) >= 0) {
                return false;
            }
            previous = l;
        }
        return true;
    }

    @Value.Lazy
    Map<OzgId, OzgLeistung> nachOzgId() {
        Map<OzgId, OzgLeistung> map = new HashMap<>();
        leistungen().forEach(l -> map.put(l.ozgId(), l));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<Leistungsschluessel, List<OzgLeistung>> nachSchluessel() {
        Map<Leistungsschluessel, List<OzgLeistung>> map = new HashMap<>();
        for (OzgLeistung l : leistungen()) {
            for (Leistungsschluessel k : new LinkedHashSet<>(l.schluessel())) {
                map.computeIfAbsent(k, x -> new ArrayList<>(1)).add(l);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<Themenfeld, List<OzgLeistung>> nachThemenfeld() {
        Map<Themenfeld, List<OzgLeistung>> map = new EnumMap<>(Themenfeld.class);
        leistungen().forEach(l -> map.computeIfAbsent(l.themenfeld(), x -> new ArrayList<>()).add(l));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<Lebenslage, List<OzgLeistung>> nachLebenslage() {
        Map<Lebenslage, List<OzgLeistung>> map = new TreeMap<>();
        leistungen().forEach(l -> map.computeIfAbsent(l.lebenslage(), x -> new ArrayList<>()).add(l));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The bundle with the given OZG-ID.
     *
     * @param ozgId the OZG-ID
     * @return the bundle, or empty
     */
    public Optional<OzgLeistung> leistung(OzgId ozgId) {
        return Optional.ofNullable(nachOzgId().get(ozgId));
    }

    /**
     * The bundles that contain a LeiKa key: usually one, more when the catalogue lists the key in
     * several bundles (which the catalogue rules report).
     *
     * @param schluessel the key
     * @return the bundles in OZG-ID order, possibly empty
     */
    public List<OzgLeistung> leistungenMit(Leistungsschluessel schluessel) {
        return nachSchluessel().getOrDefault(schluessel, List.of());
    }

    /**
     * The bundles of a Themenfeld.
     *
     * @param themenfeld the Themenfeld
     * @return the bundles in OZG-ID order, possibly empty
     */
    public List<OzgLeistung> leistungen(Themenfeld themenfeld) {
        return nachThemenfeld().getOrDefault(themenfeld, List.of());
    }

    /**
     * The bundles of a Lebenslage.
     *
     * @param lebenslage the Lebenslage
     * @return the bundles in OZG-ID order, possibly empty
     */
    public List<OzgLeistung> leistungen(Lebenslage lebenslage) {
        return nachLebenslage().getOrDefault(lebenslage, List.of());
    }

    /**
     * The Themenfelder that have at least one bundle, in Themenfeld order.
     *
     * @return the Themenfelder
     */
    public Set<Themenfeld> themenfelder() {
        return nachThemenfeld().keySet();
    }

    /**
     * The Lebenslagen that have at least one bundle, ordered by Themenfeld and name.
     *
     * @return the Lebenslagen
     */
    public Set<Lebenslage> lebenslagen() {
        return nachLebenslage().keySet();
    }

    /**
     * The distinct LeiKa keys of the catalogue.
     *
     * @return the keys
     */
    public Set<Leistungsschluessel> schluessel() {
        return nachSchluessel().keySet();
    }

    /**
     * All LeiKa services of all bundles (a service listed in two bundles counts twice).
     *
     * @return the number of LeiKa rows
     */
    public int anzahlLeikaLeistungen() {
        return leistungen().stream().mapToInt(l -> l.leistungen().size()).sum();
    }

    /**
     * The LeiKa services "nicht im LeiKa" of all bundles.
     *
     * @return the number of unkeyed services
     */
    public long anzahlOhneSchluessel() {
        return leistungen().stream().mapToLong(OzgLeistung::anzahlOhneSchluessel).sum();
    }

    /**
     * A short summary, such as {@code OzgKatalog{stand=2019-12-31, 557 OZG-Leistungen, 5223
     * LeiKa-Leistungen}}: the full content would run to megabytes.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "OzgKatalog{stand=" + stand() + version().map(v -> ", version=" + v).orElse("") + ", "
                + leistungen().size() + " OZG-Leistungen, " + anzahlLeikaLeistungen() + " LeiKa-Leistungen}";
    }

    /** Builds an {@link OzgKatalog}. */
    public static final class Builder extends ImmutableOzgKatalog.Builder {
        Builder() {
        }
    }

}
