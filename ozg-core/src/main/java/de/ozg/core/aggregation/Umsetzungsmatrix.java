package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import java.util.List;
import java.util.stream.Collector;

/**
 * The LeiKa × Gemeinde matrix of one Stichtag as a mergeable accumulator: every status row sets
 * the Gemeinden it covers (one for a Gemeinde row, all under the prefix for a Kreis, Land or Bund
 * row) in a bitset of its LeiKa service, and records the combined Reifegrad per service and Land.
 * Its {@link #ergebnis()} is an {@link Umsetzungsbild}, from which every figure is read: per Land,
 * per Themenfeld, per OZG-Leistung, Flächendeckung per service and area, and the row balance.
 *
 * <p>Memory and speed: one bitset of {@code anzahlGemeinden} bits per service that has any assessed
 * row (about 1.4 kB for 11,000 Gemeinden; 5,000 services take about 7 MB, twice that under
 * {@link Zaehlregel.Kombination#SCHLECHTESTER_REIFEGRAD}), 17 bytes per service for the levels, and
 * a few counters. Per row: a primitive hash lookup of the key (skipped when the key repeats), one of
 * the ARS for its precomputed Gemeinde range (skipped when the ARS repeats), a word-wise range fill —
 * no allocation, no boxed maps.
 * {@link #merge(Umsetzungsmatrix)} ORs bitsets and adds counters.
 *
 * <p>A Kreis, Land or Bund row covers the gemeindefreie Gebiete under its prefix too; they leave the
 * coverage once, when {@link #ergebnis()} is read (one AND per bitset word), unless the rule
 * {@linkplain Zaehlregel#isGemeindefreieGebieteZaehlen() counts them}: a gemeindefreies Gebiet is
 * no Kommune, so it neither counts as a Gemeinde where a service is online nor belongs to the
 * denominator of a Flächendeckung.
 *
 * <p>Rows are placed as the {@link Zaehlregel} says; rows whose key is not in the catalogue, whose
 * ARS has no Gemeinde in the Gebietsverzeichnis, or whose Reifegrad is of another model are counted
 * in {@link Zeilenbilanz#nichtZugeordnet()} with examples. Mutable and not thread-safe (see
 * {@link Akkumulator}); build the zero of a distributed engine with {@link #leer}.
 */
public final class Umsetzungsmatrix implements Akkumulator<Umsetzungsstand, Umsetzungsmatrix, Umsetzungsbild> {

    private final Rahmen rahmen;
    private final boolean schlechtester;
    private final long[][] erfuellt;
    private final long[][] verfehlt;
    private final byte[] stufen;
    private long zeilen;
    private long online;
    private long offline;
    private long inaktiv;
    private long nichtOk;
    private final long[] nichtZugeordnet = new long[NichtZugeordnet.Grund.values().length];
    private final Stichprobe[] beispiele = new Stichprobe[NichtZugeordnet.Grund.values().length];
    private long letzterSchluessel = -1;
    private int letzterIndex = -1;
    private long letzteArs = -1;
    private int letzteVon;
    private int letzteBis;

    Umsetzungsmatrix(Rahmen rahmen) {
        this.rahmen = rahmen;
        this.schlechtester = rahmen.regel.kombination() == Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD;
        int n = rahmen.anzahlSchluessel();
        this.erfuellt = new long[n][];
        this.verfehlt = schlechtester ? new long[n][] : null;
        this.stufen = new byte[n * Rahmen.SLOTS];
        for (int i = 0; i < beispiele.length; i++) {
            beispiele[i] = new Stichprobe();
        }
    }

    /**
     * An empty matrix: the zero. Each call indexes the catalogue anew; for many zeros over one
     * setup use {@link #collector} or {@link #leerWie()}.
     *
     * @param katalog     the catalogue: the LeiKa services, their bundles and Typisierung
     * @param verzeichnis the Gebiete: the Gemeinden each ARS covers
     * @param regel       the counting rule
     * @return the zero
     */
    public static Umsetzungsmatrix leer(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        return new Umsetzungsmatrix(Rahmen.of(katalog, verzeichnis, regel));
    }

    /**
     * Another zero over the same setup, sharing this matrix's catalogue index.
     *
     * @return the zero
     */
    public Umsetzungsmatrix leerWie() {
        return new Umsetzungsmatrix(rahmen);
    }

    /**
     * A collector of status rows into an {@link Umsetzungsbild}; the catalogue is indexed once and
     * shared by all partitions of a parallel stream.
     *
     * @param katalog     the catalogue
     * @param verzeichnis the Gebiete
     * @param regel       the counting rule
     * @return the collector
     */
    public static Collector<Umsetzungsstand, Umsetzungsmatrix, Umsetzungsbild> collector(OzgKatalog katalog,
            Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        Rahmen r = Rahmen.of(katalog, verzeichnis, regel);
        return Akkumulator.collector(() -> new Umsetzungsmatrix(r));
    }

    /** @return the counting rule */
    public Zaehlregel regel() {
        return rahmen.regel;
    }

    @Override
    public void add(Umsetzungsstand zeile) {
        zeilen++;
        long schluesselWert = zeile.schluessel().longValue();
        // files are ordered by key, so the key of the previous row mostly repeats
        if (schluesselWert != letzterSchluessel) {
            letzterSchluessel = schluesselWert;
            letzterIndex = rahmen.indexOf(schluesselWert);
        }
        int k = letzterIndex;
        if (k < 0) {
            nichtZugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT, schluesselWert);
            return;
        }
        Ars ars = zeile.ars();
        long arsWert = ars.longValue();
        if (arsWert != letzteArs) {
            long b = rahmen.bereiche.bereich(ars, letzteBis);
            letzteArs = arsWert;
            letzteVon = Gemeindebereiche.von(b);
            letzteBis = Gemeindebereiche.bis(b);
        }
        if (letzteVon >= letzteBis) {
            nichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT, arsWert);
            return;
        }
        Reifegrad r = zeile.reifegradOrNull();
        int klasse = rahmen.regel.bewerte(zeile.isAktiv(), zeile.isOnline(), r == null ? null : r.modell(),
                r == null ? 0 : r.stufe());
        switch (klasse) {
            case Zaehlregel.INAKTIV:
                inaktiv++;
                return;
            case Zaehlregel.NICHT_OK:
                nichtOk++;
                return;
            case Zaehlregel.ANDERES_MODELL:
                nichtZugeordnet(NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL, schluesselWert);
                return;
            case Zaehlregel.ONLINE:
                online++;
                erfuellt[k] = setze(erfuellt[k]);
                break;
            default:
                offline++;
                if (schlechtester) {
                    verfehlt[k] = setze(verfehlt[k]);
                }
                break;
        }
        int slot = k * Rahmen.SLOTS + ars.landNummer();
        stufen[slot] = kombiniere(stufen[slot], r == null ? 1 : 2 + r.stufe(), schlechtester);
    }

    private long[] setze(long[] bits) {
        long[] b = bits == null ? Bits.neu(rahmen.gemeinden) : bits;
        Bits.setze(b, letzteVon, letzteBis);
        return b;
    }

    private void nichtZugeordnet(NichtZugeordnet.Grund grund, long beispiel) {
        nichtZugeordnet[grund.ordinal()]++;
        beispiele[grund.ordinal()].add(beispiel);
    }

    /**
     * Combines two level codes: 0 no assessed row, 1 assessed rows without level, 2 + level. Codes
     * without level give way to any level; among levels the best (or worst) wins. Commutative and
     * associative, with 0 as identity.
     */
    static byte kombiniere(int a, int b, boolean schlechtester) {
        if (a == 0 || a == 1 && b != 0) {
            return (byte) b;
        }
        if (b <= 1) {
            return (byte) a;
        }
        return (byte) (schlechtester ? Math.min(a, b) : Math.max(a, b));
    }

    /**
     * Adds every row.
     *
     * @param zeilen the rows
     * @return this matrix
     */
    public Umsetzungsmatrix addAll(Iterable<Umsetzungsstand> zeilen) {
        for (Umsetzungsstand z : zeilen) {
            add(z);
        }
        return this;
    }

    @Override
    public Umsetzungsmatrix merge(Umsetzungsmatrix other) {
        if (!rahmen.isVertraeglich(other.rahmen)) {
            throw new AggregationException(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, "Umsetzungsmatrix.merge",
                    other.rahmen.regel.toString(), "a matrix over the same catalogue, Gebietsverzeichnis and rule ("
                            + rahmen.regel + ")");
        }
        for (int k = 0; k < erfuellt.length; k++) {
            erfuellt[k] = Bits.oder(erfuellt[k], other.erfuellt[k]);
            if (schlechtester) {
                verfehlt[k] = Bits.oder(verfehlt[k], other.verfehlt[k]);
            }
        }
        for (int i = 0; i < stufen.length; i++) {
            stufen[i] = kombiniere(stufen[i], other.stufen[i], schlechtester);
        }
        zeilen += other.zeilen;
        online += other.online;
        offline += other.offline;
        inaktiv += other.inaktiv;
        nichtOk += other.nichtOk;
        for (int i = 0; i < nichtZugeordnet.length; i++) {
            nichtZugeordnet[i] += other.nichtZugeordnet[i];
            beispiele[i].merge(other.beispiele[i]);
        }
        return this;
    }

    /** The partial state itself, not a copy, for {@link UmsetzungsmatrixCodec}. */
    Matrixzustand zustand() {
        return new Matrixzustand(rahmen, erfuellt, verfehlt, stufen, new long[] {zeilen, online, offline, inaktiv,
            nichtOk}, nichtZugeordnet, beispiele);
    }

    /** Sets the row counters of {@link #zustand()} after decoding. */
    void setzeZaehler(long[] z) {
        zeilen = z[0];
        online = z[1];
        offline = z[2];
        inaktiv = z[3];
        nichtOk = z[4];
    }

    @Override
    public Umsetzungsbild ergebnis() {
        long[][] abgedeckt = new long[erfuellt.length][];
        for (int k = 0; k < erfuellt.length; k++) {
            if (erfuellt[k] != null) {
                long[] a = erfuellt[k].clone();
                if (schlechtester && verfehlt[k] != null) {
                    for (int i = 0; i < a.length; i++) {
                        a[i] &= ~verfehlt[k][i];
                    }
                }
                // once per service and result, never per row: the rows filled their ranges whole
                rahmen.kommunen.beschraenke(a);
                abgedeckt[k] = a;
            }
        }
        NichtZugeordnet.Grund[] gruende = NichtZugeordnet.Grund.values();
        NichtZugeordnet[] nz = new NichtZugeordnet[gruende.length];
        for (NichtZugeordnet.Grund g : gruende) {
            nz[g.ordinal()] = new NichtZugeordnet(g, nichtZugeordnet[g.ordinal()], beispiele[g.ordinal()]
                    .texte(g == NichtZugeordnet.Grund.ARS_UNBEKANNT ? v -> Ars.of(v).toString()
                            : v -> Leistungsschluessel.of(v).toString()));
        }
        Zeilenbilanz bilanz = new Zeilenbilanz(zeilen, online, offline, inaktiv, nichtOk, List.of(nz));
        return new Umsetzungsbild(rahmen, abgedeckt, stufen.clone(), bilanz);
    }
}
