package de.ozg.core.aggregation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two Stichtage, counted per LeiKa key × ARS under one counting rule: how
 * many combinations appeared and disappeared, went online or offline, changed their Reifegrad or
 * their flags, with the first changes in key order as examples — and how much the row count
 * moved, flagged {@linkplain #isAuffaellig() auffällig} beyond a share (20 % by default), because
 * a feed that suddenly shrinks is more often broken than the services it describes.
 *
 * <p>The counts reconcile: {@code onlineNeu = onlineAlt + anzahl(ONLINE_GEGANGEN) -
 * anzahl(OFFLINE_GEGANGEN) + neuOnline - entfallenOnline}, and {@code eintraegeNeu = eintraegeAlt +
 * anzahl(NEU) - anzahl(ENTFALLEN)}. Diffs of disjoint partitions (for example one per Land) add up
 * with {@link #plus(Stichtagsdiff)}. Immutable and thread-safe.
 */
public final class Stichtagsdiff {

    private final Zaehlregel regel;
    private final double warnschwelle;
    private final long zeilenAlt;
    private final long zeilenNeu;
    private final long eintraegeAlt;
    private final long eintraegeNeu;
    private final long onlineAlt;
    private final long onlineNeu;
    private final long neuOnline;
    private final long entfallenOnline;
    private final Map<Veraenderung.Art, Long> anzahl;
    private final int maxBeispiele;
    private final List<Veraenderung> beispiele;

    Stichtagsdiff(Zaehlregel regel, double warnschwelle, long zeilenAlt, long zeilenNeu, long eintraegeAlt,
            long eintraegeNeu, long onlineAlt, long onlineNeu, long neuOnline, long entfallenOnline,
            long[] anzahl, int maxBeispiele, List<Veraenderung> beispiele) {
        this.regel = regel;
        this.warnschwelle = warnschwelle;
        this.zeilenAlt = zeilenAlt;
        this.zeilenNeu = zeilenNeu;
        this.eintraegeAlt = eintraegeAlt;
        this.eintraegeNeu = eintraegeNeu;
        this.onlineAlt = onlineAlt;
        this.onlineNeu = onlineNeu;
        this.neuOnline = neuOnline;
        this.entfallenOnline = entfallenOnline;
        Map<Veraenderung.Art, Long> m = new EnumMap<>(Veraenderung.Art.class);
        for (Veraenderung.Art a : Veraenderung.Art.values()) {
            m.put(a, anzahl[a.ordinal()]);
        }
        this.anzahl = java.util.Collections.unmodifiableMap(m);
        this.maxBeispiele = maxBeispiele;
        this.beispiele = List.copyOf(beispiele);
    }

    /** @return the counting rule that decides "online" */
    public Zaehlregel regel() {
        return regel;
    }

    /** @return the rows of the earlier Stichtag, duplicates included */
    public long zeilenAlt() {
        return zeilenAlt;
    }

    /** @return the rows of the later Stichtag, duplicates included */
    public long zeilenNeu() {
        return zeilenNeu;
    }

    /** @return the distinct key × ARS of the earlier Stichtag */
    public long eintraegeAlt() {
        return eintraegeAlt;
    }

    /** @return the distinct key × ARS of the later Stichtag */
    public long eintraegeNeu() {
        return eintraegeNeu;
    }

    /** @return the key × ARS online under the rule at the earlier Stichtag */
    public long onlineAlt() {
        return onlineAlt;
    }

    /** @return the key × ARS online under the rule at the later Stichtag */
    public long onlineNeu() {
        return onlineNeu;
    }

    /** @return of the new key × ARS, those online */
    public long neuOnline() {
        return neuOnline;
    }

    /** @return of the key × ARS that disappeared, those that were online */
    public long entfallenOnline() {
        return entfallenOnline;
    }

    /**
     * The number of key × ARS with a kind of change; one combination may have several kinds.
     *
     * @param art the kind
     * @return the count
     */
    public long anzahl(Veraenderung.Art art) {
        return anzahl.get(art);
    }

    /** @return the counts of all kinds, in kind order */
    public Map<Veraenderung.Art, Long> anzahlen() {
        return anzahl;
    }

    /** @return the first changes in key × ARS order, at most the configured number */
    public List<Veraenderung> beispiele() {
        return beispiele;
    }

    /** @return whether nothing appeared, disappeared or changed */
    public boolean isEmpty() {
        return anzahl.values().stream().allMatch(n -> n == 0);
    }

    /**
     * The relative change of the row count, {@code (neu - alt) / alt}: -0.25 when a quarter of the
     * rows vanished. Infinite when the earlier Stichtag had no rows and the later has some.
     *
     * @return the share, 0 when both are empty
     */
    public double zeilenaenderung() {
        if (zeilenAlt == 0) {
            return zeilenNeu == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (zeilenNeu - zeilenAlt) / (double) zeilenAlt;
    }

    /** @return the share of row-count change beyond which the diff is flagged */
    public double warnschwelle() {
        return warnschwelle;
    }

    /** @return whether the row count moved by more than the warning share, up or down */
    public boolean isAuffaellig() {
        return Math.abs(zeilenaenderung()) > warnschwelle;
    }

    /**
     * The sum of this diff and the diff of a disjoint partition (another Land, another key range)
     * compared under the same rule; examples are the first of both in key × ARS order.
     *
     * @param other the other partition's diff
     * @return the combined diff
     * @throws AggregationException with {@link AggregationViolation#INCOMPATIBLE_ACCUMULATORS} for
     *                              another rule
     */
    public Stichtagsdiff plus(Stichtagsdiff other) {
        if (!regel.equals(other.regel)) {
            throw new AggregationException(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, "Stichtagsdiff.plus",
                    other.regel.toString(), "a diff under the same rule (" + regel + ")");
        }
        long[] a = new long[Veraenderung.Art.values().length];
        for (Veraenderung.Art art : Veraenderung.Art.values()) {
            a[art.ordinal()] = anzahl(art) + other.anzahl(art);
        }
        List<Veraenderung> b = new ArrayList<>(beispiele);
        b.addAll(other.beispiele);
        b.sort(null);
        int max = Math.max(maxBeispiele, other.maxBeispiele);
        return new Stichtagsdiff(regel, Math.min(warnschwelle, other.warnschwelle), zeilenAlt + other.zeilenAlt,
                zeilenNeu + other.zeilenNeu, eintraegeAlt + other.eintraegeAlt, eintraegeNeu + other.eintraegeNeu,
                onlineAlt + other.onlineAlt, onlineNeu + other.onlineNeu, neuOnline + other.neuOnline,
                entfallenOnline + other.entfallenOnline, a, max, b.subList(0, Math.min(max, b.size())));
    }

    /**
     * The counts as a table: rows and combinations before and after, each kind of change.
     *
     * @return the table
     */
    public Tabelle toTabelle() {
        List<List<String>> z = new ArrayList<>();
        z.add(List.of("Zeilen", Long.toString(zeilenAlt), Long.toString(zeilenNeu),
                (isAuffaellig() ? "AUFFAELLIG " : "") + aenderungText()));
        z.add(List.of("Schlüssel × ARS", Long.toString(eintraegeAlt), Long.toString(eintraegeNeu), ""));
        z.add(List.of("online", Long.toString(onlineAlt), Long.toString(onlineNeu), ""));
        for (Map.Entry<Veraenderung.Art, Long> e : anzahl.entrySet()) {
            z.add(List.of(e.getKey().name(), "", Long.toString(e.getValue()), ""));
        }
        return new Tabelle("Stichtagsvergleich, " + regel, List.of("", "vorher", "nachher", "Hinweis"), z);
    }

    private String aenderungText() {
        double d = zeilenaenderung();
        if (Double.isInfinite(d)) {
            return "vorher keine Zeilen";
        }
        long promille = Math.round(d * 1000);
        String vorzeichen = promille < 0 ? "-" : "+";
        long p = Math.abs(promille);
        return vorzeichen + p / 10 + "." + p % 10 + " %";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Stichtagsdiff)) {
            return false;
        }
        Stichtagsdiff d = (Stichtagsdiff) o;
        return regel.equals(d.regel) && warnschwelle == d.warnschwelle && zeilenAlt == d.zeilenAlt
                && zeilenNeu == d.zeilenNeu && eintraegeAlt == d.eintraegeAlt && eintraegeNeu == d.eintraegeNeu
                && onlineAlt == d.onlineAlt && onlineNeu == d.onlineNeu && neuOnline == d.neuOnline
                && entfallenOnline == d.entfallenOnline && anzahl.equals(d.anzahl) && beispiele.equals(d.beispiele);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regel, zeilenAlt, zeilenNeu, eintraegeAlt, eintraegeNeu, onlineAlt, onlineNeu, anzahl,
                beispiele);
    }

    @Override
    public String toString() {
        return "Stichtagsdiff{" + regel.name() + ", Zeilen " + zeilenAlt + " → " + zeilenNeu + ", " + anzahl
                + (isAuffaellig() ? ", auffällig" : "") + "}";
    }
}
