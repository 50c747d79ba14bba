package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Umsetzungsstand;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How two Stichtage are compared: the counting rule that decides "online", the share of row-count
 * change that is flagged (20 % by default), and how many example changes a {@link Stichtagsdiff}
 * keeps (20 by default). {@link #compare(Schnappschuss, Schnappschuss, Consumer)} walks both
 * sorted snapshots once and hands every change to a consumer, so even millions of changes stream
 * out without being held. Immutable and thread-safe.
 */
public final class Stichtagsvergleich {

    /** The default share of row-count change that is flagged: 20 %. */
    public static final double STANDARD_WARNSCHWELLE = 0.2;

    private final Zaehlregel regel;
    private final double warnschwelle;
    private final int beispiele;

    private Stichtagsvergleich(Zaehlregel regel, double warnschwelle, int beispiele) {
        this.regel = Objects.requireNonNull(regel, "regel");
        this.warnschwelle = warnschwelle;
        this.beispiele = beispiele;
    }

    /**
     * A comparison under a rule, with the default warning share and 20 examples.
     *
     * @param regel the rule deciding "online"
     * @return the comparison
     */
    public static Stichtagsvergleich of(Zaehlregel regel) {
        return new Stichtagsvergleich(regel, STANDARD_WARNSCHWELLE, 20);
    }

    /**
     * This comparison with another warning share.
     *
     * @param anteil the share of row-count change beyond which a diff is flagged, 0 or more
     * @return the comparison
     * @throws AggregationException with {@link AggregationViolation#INVALID_SCHWELLE} for a negative
     *                              or non-finite share
     */
    public Stichtagsvergleich withWarnschwelle(double anteil) {
        if (!(anteil >= 0) || Double.isInfinite(anteil)) {
            throw new AggregationException(AggregationViolation.INVALID_SCHWELLE, "Stichtagsvergleich.warnschwelle",
                    String.valueOf(anteil), "a finite share of 0 or more, such as 0.2 for 20 %");
        }
        return new Stichtagsvergleich(regel, anteil, beispiele);
    }

    /**
     * This comparison keeping another number of example changes.
     *
     * @param anzahl 0 or more
     * @return the comparison
     * @throws AggregationException with {@link AggregationViolation#INVALID_SCHWELLE} when negative
     */
    public Stichtagsvergleich withBeispiele(int anzahl) {
        if (anzahl < 0) {
            throw new AggregationException(AggregationViolation.INVALID_SCHWELLE, "Stichtagsvergleich.beispiele",
                    String.valueOf(anzahl), "0 or more");
        }
        return new Stichtagsvergleich(regel, warnschwelle, anzahl);
    }

    /** @return the counting rule */
    public Zaehlregel regel() {
        return regel;
    }

    /** @return the warning share */
    public double warnschwelle() {
        return warnschwelle;
    }

    /**
     * Compares two lists of rows, building both snapshots.
     *
     * @param alt the rows of the earlier Stichtag
     * @param neu the rows of the later Stichtag
     * @return the diff
     */
    public Stichtagsdiff compare(Iterable<Umsetzungsstand> alt, Iterable<Umsetzungsstand> neu) {
        return compare(Schnappschuss.of(alt), Schnappschuss.of(neu));
    }

    /**
     * Compares two snapshots.
     *
     * @param alt the earlier Stichtag
     * @param neu the later Stichtag
     * @return the diff
     */
    public Stichtagsdiff compare(Schnappschuss alt, Schnappschuss neu) {
        return compare(alt, neu, v -> { });
    }

    /**
     * Compares two snapshots in one pass, handing every change to a consumer in key × ARS order.
     *
     * @param alt        the earlier Stichtag
     * @param neu        the later Stichtag
     * @param empfaenger receives each change
     * @return the diff
     */
    public Stichtagsdiff compare(Schnappschuss alt, Schnappschuss neu, Consumer<Veraenderung> empfaenger) {
        long[] anzahl = new long[Veraenderung.Art.values().length];
        List<Veraenderung> beispielListe = new ArrayList<>();
        long onlineAlt = 0;
        long onlineNeu = 0;
        long neuOnline = 0;
        long entfallenOnline = 0;
        int i = 0;
        int j = 0;
        int na = alt.size();
        int nn = neu.size();
        EnumSet<Veraenderung.Art> arten = EnumSet.noneOf(Veraenderung.Art.class);
        while (i < na || j < nn) {
            int c;
            if (i == na) {
                c = 1;
            } else if (j == nn) {
                c = -1;
            } else {
                c = Long.compare(alt.schluesselWert(i), neu.schluesselWert(j));
                if (c == 0) {
                    c = Long.compare(alt.arsWert(i), neu.arsWert(j));
                }
            }
            arten.clear();
            int za = c <= 0 ? alt.zustand(i) : -1;
            int zn = c >= 0 ? neu.zustand(j) : -1;
            boolean oa = za >= 0 && Schnappschuss.isOnline(regel, za);
            boolean on = zn >= 0 && Schnappschuss.isOnline(regel, zn);
            onlineAlt += oa ? 1 : 0;
            onlineNeu += on ? 1 : 0;
            if (c < 0) {
                arten.add(Veraenderung.Art.ENTFALLEN);
                entfallenOnline += oa ? 1 : 0;
            } else if (c > 0) {
                arten.add(Veraenderung.Art.NEU);
                neuOnline += on ? 1 : 0;
            } else if (za != zn) {
                if (oa != on) {
                    arten.add(on ? Veraenderung.Art.ONLINE_GEGANGEN : Veraenderung.Art.OFFLINE_GEGANGEN);
                }
                int ra = za >>> 2;
                int rn = zn >>> 2;
                if (ra != rn) {
                    if ((ra & 3) != (rn & 3) || (ra & 3) == 0) {
                        arten.add(Veraenderung.Art.REIFEGRAD_SONSTIG);
                    } else {
                        arten.add(rn > ra ? Veraenderung.Art.REIFEGRAD_GESTIEGEN : Veraenderung.Art.REIFEGRAD_GESUNKEN);
                    }
                }
                if ((za & 3) != (zn & 3)) {
                    arten.add(Veraenderung.Art.STATUS_GEAENDERT);
                }
            }
            if (!arten.isEmpty()) {
                for (Veraenderung.Art a : arten) {
                    anzahl[a.ordinal()]++;
                }
                Schnappschuss quelle = c > 0 ? neu : alt;
                int pos = c > 0 ? j : i;
                Veraenderung v = new Veraenderung(Leistungsschluessel.of(quelle.schluesselWert(pos)),
                        Ars.of(quelle.arsWert(pos)), arten, zustand(za, oa), zustand(zn, on));
                if (beispielListe.size() < beispiele) {
                    beispielListe.add(v);
                }
                empfaenger.accept(v);
            }
            if (c <= 0) {
                i++;
            }
            if (c >= 0) {
                j++;
            }
        }
        return new Stichtagsdiff(regel, warnschwelle, alt.zeilen(), neu.zeilen(), na, nn, onlineAlt, onlineNeu,
                neuOnline, entfallenOnline, anzahl, beispiele, beispielListe);
    }

    private static Optional<Veraenderung.Zustand> zustand(int z, boolean online) {
        if (z < 0) {
            return Optional.empty();
        }
        return Optional.of(new Veraenderung.Zustand(Schnappschuss.isEnabled(z), Schnappschuss.isOk(z),
                Schnappschuss.reifegrad(z), online));
    }

    @Override
    public String toString() {
        return "Stichtagsvergleich{" + regel + ", Warnschwelle " + warnschwelle + ", " + beispiele + " Beispiele}";
    }
}
