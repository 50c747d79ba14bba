package de.ozg.core.model;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The territorial hierarchy Land → Regierungsbezirk → Kreis → Gemeindeverband → Gemeinde at one
 * Gebietsstand, as Destatis publishes it in the Gemeindeverzeichnis. Keys change with
 * Gebietsreformen, so a directory is valid for its {@link #gebietsstand()} only.
 *
 * <p>Lookups by ARS (per level, since kreisfreie Städte share one key across levels) and by AGS,
 * children and parents, and the Gemeinden under any key prefix. For aggregation, the Gemeinden —
 * the Gemeinde-level rows of the Gemeindeverzeichnis, gemeindefreie Gebiete included (see {@link
 * Gebiet#isKommune()}) — carry a dense index {@code 0 … anzahlGemeinden()-1} in ARS order, so the
 * Gemeinden under any prefix are one contiguous {@link Bereich} — bitsets and primitive arrays can
 * count over them. Construction rejects one key listed twice at the same level with different
 * content, naming the first field that differs; exact repetitions are merged. Immutable and
 * thread-safe; indexes are built on first use and take no part in {@code equals}, which compares
 * Gebietsstand and Gebiete. {@link #toString()} is a summary.
 */
@Value.Immutable
public abstract class Gebietsverzeichnis {

    Gebietsverzeichnis() {
    }

    /** @return the date the hierarchy is valid at */
    public abstract LocalDate gebietsstand();

    /** @return all Gebiete in ARS order, coarser levels first for equal keys */
    public abstract List<Gebiet> gebiete();

    /**
     * A directory of the given Gebiete; exact repetitions are merged.
     *
     * @param gebietsstand the Gebietsstand
     * @param gebiete      the Gebiete in any order
     * @return the directory
     * @throws ModellException when one key occurs twice at one level with different content
     */
    public static Gebietsverzeichnis of(LocalDate gebietsstand, Iterable<Gebiet> gebiete) {
        return builder().gebietsstand(gebietsstand).addAllGebiete(gebiete).build();
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
    Gebietsverzeichnis normalize() {
        TreeMap<Gebiet, Gebiet> sorted = new TreeMap<>();
        boolean changed = false;
        Gebiet previous = null;
        for (Gebiet g : gebiete()) {
            Gebiet before = sorted.putIfAbsent(g, g);
            if (before != null) {
                if (!before.equals(g)) {
                    Abweichung d = Abweichung.zwischen(before, g)
                            .orElseGet(() -> new Abweichung("inhalt", before.toString(), g.toString()));
                    throw d.alsFehler(ModellViolation.CONTRADICTING_GEBIET,
                            "Gebietsverzeichnis.gebiete[" + g.ars() + " " + g.ebene() + "]",
                            "one Gebiet per key and level");
                }
                changed = true;
            } else if (previous != null && previous.compareTo(g) > 0) {
                changed = true;
            }
            previous = g;
        }
        return changed ? ImmutableGebietsverzeichnis.builder().from(this).gebiete(sorted.keySet()).build() : this;
    }

    @Value.Lazy
    Map<ArsEbene, Map<Ars, Gebiet>> nachEbene() {
        Map<ArsEbene, Map<Ars, Gebiet>> map = new EnumMap<>(ArsEbene.class);
        for (Gebiet g : gebiete()) {
            map.computeIfAbsent(g.ebene(), e -> new HashMap<>()).put(g.ars(), g);
        }
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Gebiet[] gemeindenArray() {
        return gebiete().stream().filter(Gebiet::isGemeinde).toArray(Gebiet[]::new);
    }

    @Value.Lazy
    long[] gemeindeSchluessel() {
        return Arrays.stream(gemeindenArray()).mapToLong(g -> g.ars().longValue()).toArray();
    }

    @Value.Lazy
    Map<Ags, Gebiet> gemeindenNachAgs() {
        Map<Ags, Gebiet> map = new HashMap<>();
        for (Gebiet g : gemeindenArray()) {
            g.ags().ifPresent(a -> map.put(a, g));
        }
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<Gebiet, List<Gebiet>> kinderNachEltern() {
        Map<Gebiet, List<Gebiet>> map = new HashMap<>();
        for (Gebiet g : gebiete()) {
            eltern(g).ifPresent(p -> map.computeIfAbsent(p, x -> new ArrayList<>()).add(g));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The Gebiet with the given key at the given level.
     *
     * @param ars   the key
     * @param ebene the level
     * @return the Gebiet, or empty
     */
    public Optional<Gebiet> gebiet(Ars ars, ArsEbene ebene) {
        Map<Ars, Gebiet> map = nachEbene().get(ebene);
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(ars));
    }

    /**
     * The Gebiet a key stands for: the one at the level its significant digits show, or, where the
     * directory has none there, the coarsest Gebiet listed under the same key (a Gemeinde whose key
     * looks like a Kreis key is found as that Kreis when the Kreis is listed).
     *
     * @param ars the key
     * @return the Gebiet, or empty when the key is unknown
     */
    public Optional<Gebiet> gebiet(Ars ars) {
        Optional<Gebiet> exact = gebiet(ars, ars.ebene());
        if (exact.isPresent()) {
            return exact;
        }
        for (ArsEbene e : ArsEbene.values()) {
            Optional<Gebiet> g = gebiet(ars, e);
            if (g.isPresent()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether any Gebiet of this directory has the key.
     *
     * @param ars the key
     * @return true when known
     */
    public boolean contains(Ars ars) {
        return gebiet(ars).isPresent();
    }

    /**
     * Whether any Gebiet of this directory has the AGS: a Gemeinde, or a Kreis, Regierungsbezirk or
     * Land whose ARS converts to it. With {@link #contains(Ars)} the predicate for the lenient repair of
     * lost leading zeros: {@code Ags.normalize(text, verzeichnis::contains)}.
     *
     * @param ags the key
     * @return true when known
     */
    public boolean contains(Ags ags) {
        if (gemeindenNachAgs().containsKey(ags)) {
            return true;
        }
        Optional<Ars> ars = ags.toArs();
        return ars.isPresent() && contains(ars.get());
    }

    /**
     * The Gemeinde with the given AGS.
     *
     * @param ags the Gemeindeschlüssel
     * @return the Gemeinde, or empty
     */
    public Optional<Gebiet> gemeinde(Ags ags) {
        return Optional.ofNullable(gemeindenNachAgs().get(ags));
    }

    /**
     * The next coarser Gebiet listed in this directory that contains the given one: a Gemeinde's
     * Gemeindeverband, a Gemeindeverband's Kreis, a Kreis's Regierungsbezirk or, where there is none,
     * its Land. A kreisfreie Stadt's Gemeinde has its Gemeindeverband of the same key as parent, which
     * has the Kreis of the same key; a Stadtstaat's Kreis has the Land of the same key.
     *
     * @param gebiet a Gebiet of this directory
     * @return the parent, or empty for a Land (unless the directory lists the Bund), for the Bund,
     *         and for a Gebiet whose parents are missing
     */
    public Optional<Gebiet> eltern(Gebiet gebiet) {
        ArsEbene[] ebenen = ArsEbene.values();
        for (int i = gebiet.ebene().ordinal() - 1; i >= 0; i--) {
            ArsEbene e = ebenen[i];
            Optional<Gebiet> p = gebiet(gebiet.ars().truncatedTo(e), e);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The Gebiete directly below the given one.
     *
     * @param gebiet a Gebiet of this directory
     * @return the children in ARS order, possibly empty
     */
    public List<Gebiet> kinder(Gebiet gebiet) {
        return kinderNachEltern().getOrDefault(gebiet, List.of());
    }

    /**
     * All Gebiete of one level.
     *
     * @param ebene the level
     * @return the Gebiete in ARS order
     */
    public List<Gebiet> gebiete(ArsEbene ebene) {
        return gebiete().stream().filter(g -> g.ebene() == ebene).toList();
    }

    /**
     * The number of Gemeinde-level Gebiete: the size of the dense index. It includes the
     * gemeindefreie Gebiete, which are no Kommunen (see {@link Gebiet#isKommune()}); the counting
     * rules of {@code de.ozg.core.aggregation} leave them out of their denominators.
     *
     * @return the number of Gemeinden including gemeindefreie Gebiete
     */
    public int anzahlGemeinden() {
        return gemeindenArray().length;
    }

    /**
     * The number of Kommunen: Gemeinden that are not gemeindefrei.
     *
     * @return at most {@link #anzahlGemeinden()}
     */
    public int anzahlKommunen() {
        int n = 0;
        for (Gebiet g : gemeindenArray()) {
            n += g.isKommune() ? 1 : 0;
        }
        return n;
    }

    /**
     * @return the Gemeinde-level Gebiete, gemeindefreie Gebiete included, in ARS order; position
     *         {@code i} has the dense index {@code i}
     */
    public List<Gebiet> gemeinden() {
        return Collections.unmodifiableList(Arrays.asList(gemeindenArray()));
    }

    /**
     * The Gemeinde with a dense index.
     *
     * @param index 0 to {@code anzahlGemeinden()-1}
     * @return the Gemeinde
     */
    public Gebiet gemeinde(int index) {
        return gemeindenArray()[index];
    }

    /**
     * The dense index of the Gemeinde with the given key.
     *
     * @param ars the key of a Gemeinde
     * @return the index, or -1 when no Gemeinde has this key
     */
    public int gemeindeIndex(Ars ars) {
        int i = Arrays.binarySearch(gemeindeSchluessel(), ars.longValue());
        return i >= 0 ? i : -1;
    }

    /**
     * The dense index range of the Gemeinden under a key prefix: all Gemeinden the key
     * {@linkplain Ars#covers(Ars) covers}. The Bund key covers every Gemeinde.
     *
     * @param praefix a key of any level
     * @return the range, empty when no Gemeinde lies under it
     */
    public Bereich gemeindeBereich(Ars praefix) {
        long von = praefix.longValue();
        long bis = von + spanne(praefix.ebene());
        long[] keys = gemeindeSchluessel();
        int a = untereGrenze(keys, von);
        int b = untereGrenze(keys, bis);
        return new Bereich(a, b);
    }

    /**
     * The Gemeinden under a key prefix.
     *
     * @param praefix a key of any level
     * @return the Gemeinden in ARS order
     */
    public List<Gebiet> gemeindenUnter(Ars praefix) {
        Bereich r = gemeindeBereich(praefix);
        return gemeinden().subList(r.start(), r.end());
    }

    private static int untereGrenze(long[] keys, long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long spanne(ArsEbene ebene) {
        long s = 1;
        for (int i = ebene.arsStellen(); i < 12; i++) {
            s *= 10;
        }
        return s;
    }

    /**
     * A half-open range {@code [start, end)} of dense Gemeinde indexes.
     *
     * @param start the first index
     * @param end one past the last index
     */
    public record Bereich(int start, int end) {

        /**
         * @param start the first index, not negative
         * @param end one past the last index, not before {@code start}
         * @throws ModellException with {@link ModellViolation#OUT_OF_RANGE} otherwise
         */
        public Bereich {
            if (start < 0 || end < start) {
                throw new ModellException(ModellViolation.OUT_OF_RANGE, "Gebietsverzeichnis.Bereich",
                        "[" + start + ", " + end + ")", "a range [start, end) with 0 <= start <= end");
            }
        }


        /** @return the number of Gemeinden in the range */
        public int size() {
            return end - start;
        }

        /** @return whether the range holds no Gemeinde */
        public boolean isEmpty() {
            return end == start;
        }

        /**
         * Whether a dense index lies in the range.
         *
         * @param index a Gemeinde index
         * @return true when {@code start <= index < end}
         */
        public boolean contains(int index) {
            return index >= start && index < end;
        }
    }

    /**
     * A short summary, such as {@code Gebietsverzeichnis{gebietsstand=2020-12-31, 16068 Gebiete,
     * 11004 Gemeinden}}: the full content would run to megabytes.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "Gebietsverzeichnis{gebietsstand=" + gebietsstand() + ", " + gebiete().size() + " Gebiete, "
                + anzahlGemeinden() + " Gemeinden}";
    }

    /** Builds a {@link Gebietsverzeichnis}. */
    public static final class Builder extends ImmutableGebietsverzeichnis.Builder {
        Builder() {
        }
    }
}
