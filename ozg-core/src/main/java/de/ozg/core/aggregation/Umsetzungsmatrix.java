package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import java.util.List;
import java.util.stream.Collector;

/**
 * The LeiKa × Gemeinde matrix of one Stichtag as a mergeable accumulator: every status row sets
 * the Gemeinden it covers (one for a Gemeinde row, all under the prefix for a Kreis, Land or Bund
 * row) in a bitset of its LeiKa service, and records the combined Reifegrad per service and Land.
 * Its {@link #result()} is an {@link Umsetzungsbild}, from which every figure is read: per Land,
 * per Themenfeld, per OZG-Leistung, Flächendeckung per service and area, and the row balance.
 *
 * <p>Memory and speed: one bitset of {@code anzahlGemeinden} bits per service that has any assessed
 * row (about 1.4 kB for 11,000 Gemeinden; 5,000 services take about 7 MB, twice that under
 * {@link Zaehlregel.Kombination#SCHLECHTESTER_REIFEGRAD}), 17 bytes per service for the levels, and
 * a few counters. Per row: a primitive hash lookup of the key (skipped when the key repeats); the
 * row then waits, packed into one {@code long}, with the other rows of its key, and a batch is
 * placed at once — first the Gemeinde of every row of the batch (a perfect hash, see
 * {@link Gemeindebereiche}), then bit, counters and level per row from one table of the rule's
 * decisions, a word-wise range fill for Kreis, Land and Bund rows — no allocation, no boxed maps.
 * Every read of the state ({@link #merge}, {@link #result()}) places the waiting rows first.
 * {@link #merge(Umsetzungsmatrix)} ORs bitsets and adds counters.
 *
 * <p>A Kreis, Land or Bund row covers the gemeindefreie Gebiete under its prefix too; they leave the
 * coverage once, when {@link #result()} is read (one AND per bitset word), unless the rule
 * {@linkplain Zaehlregel#isGemeindefreieGebieteZaehlen() counts them}: a gemeindefreies Gebiet is
 * no Kommune, so it neither counts as a Gemeinde where a service is online nor belongs to the
 * denominator of a Flächendeckung.
 *
 * <p>Rows are placed as the {@link Zaehlregel} says; rows whose key is not in the catalogue, whose
 * ARS has no Gemeinde in the Gebietsverzeichnis, or whose Reifegrad is of another model are counted
 * in {@link Zeilenbilanz#nichtZugeordnet()} with examples. Mutable and not thread-safe (see
 * {@link Accumulator}); build the zero of a distributed engine with {@link #zero}.
 */
public final class Umsetzungsmatrix implements Accumulator<Umsetzungsstand, Umsetzungsmatrix, Umsetzungsbild> {

    private static final int ZUSTAND_BITS = 7;
    private static final int ZUSTAND_MASKE = (1 << ZUSTAND_BITS) - 1;
    /**
     * Rows placed in one batch: enough to amortise reloading the per-key state, few enough that the
     * 12-bit class counters of {@link Rahmen#inkrement} cannot overflow and the batch stays in L1.
     */
    private static final int WARTEND = 512;

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
    /** The slot of the last ARS in a key's levels: its Land number, 0 for the Bund. */
    private int letzterSlot;
    /** The bitsets and level slots of the current key, valid while {@code letzterIndex >= 0}. */
    private long[] erfuelltAktuell;
    private long[] verfehltAktuell;
    private int stufenBasis;
    /** Rows of the current key not yet placed: ARS value, shifted, and the {@linkplain Rahmen#zustand state}. */
    private final long[] wartend = new long[WARTEND];
    /** The Gemeinde index of each waiting row or -1 ({@link Gemeindebereiche#gemeinde}), filled by {@link #leere()}. */
    private final int[] gemeinde = new int[WARTEND];
    private int wartendAnzahl;

    Umsetzungsmatrix(Rahmen rahmen) {
        this.rahmen = rahmen;
        this.schlechtester = rahmen.schlechtester;
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
     * setup use {@link #collector} or {@link #zeroLike()}.
     *
     * @param katalog     the catalogue: the LeiKa services, their bundles and Typisierung
     * @param verzeichnis the Gebiete: the Gemeinden each ARS covers
     * @param regel       the counting rule
     * @return the zero
     */
    public static Umsetzungsmatrix zero(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        return new Umsetzungsmatrix(Rahmen.of(katalog, verzeichnis, regel));
    }

    /**
     * Another zero over the same setup, sharing this matrix's catalogue index.
     *
     * @return the zero
     */
    public Umsetzungsmatrix zeroLike() {
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
        return Accumulator.collector(() -> new Umsetzungsmatrix(r));
    }

    /** The setup: catalogue index, Gemeinde ranges and the rule's tables. */
    Rahmen rahmen() {
        return rahmen;
    }

    /** @return the counting rule */
    public Zaehlregel regel() {
        return rahmen.regel;
    }

    @Override
    public void add(Umsetzungsstand zeile) {
        // rows are counted when placed (see leere()), not here: a counter in memory updated per row
        // is a chain of stores and loads through the whole stream
        long schluesselWert = zeile.schluesselLongValue();
        // files are ordered by key, so the key of the previous row mostly repeats
        if (schluesselWert != letzterSchluessel) {
            waehleSchluessel(schluesselWert);
        }
        if (letzterIndex < 0) {
            zeilen++;
            nichtZugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT, schluesselWert);
            return;
        }
        // the row waits with the other rows of its key: reading rows streams through memory, and
        // placing them on the Gemeinde axis reads tables that the stream would push out of the cache
        // between two rows, so the rows are placed in batches (see leere())
        wartend[wartendAnzahl++] = zeile.arsLongValue() << ZUSTAND_BITS
                | Rahmen.zustand(zeile.isAktiv(), zeile.isOnline(), zeile.reifegradOrNull());
        if (wartendAnzahl == wartend.length) {
            leere();
        }
    }

    /**
     * Places the waiting rows of the current key: every read of the state and every key change
     * calls this first. Under the best level (every preset but one) the loop keeps what the rows
     * change — the bitset word being filled, the level of the current Land, the class counters — in
     * local variables and writes them back when they change: consecutive rows mostly share them,
     * and a read-modify-write of memory per row would wait for the previous row's write each time.
     */
    void leere() {
        int n = wartendAnzahl;
        if (n == 0) {
            return;
        }
        wartendAnzahl = 0;
        zeilen += n;
        long[] w = wartend;
        if (schlechtester) {
            for (int i = 0; i < n; i++) {
                platziere(w[i] >>> ZUSTAND_BITS, (int) w[i] & ZUSTAND_MASKE);
            }
            return;
        }
        Rahmen r = rahmen;
        Gemeindebereiche bereiche = r.bereiche;
        // first every row's Gemeinde: each lookup depends on its row alone, so their table reads
        // overlap; found in the loop below, each would wait for the one before
        int[] g = gemeinde;
        for (int i = 0; i < n; i++) {
            g[i] = bereiche.gemeinde(w[i] >>> ZUSTAND_BITS);
        }
        long[] wirkung = r.wirkung;
        long[] bits = erfuelltAktuell;
        int slot = letzterSlot;
        // the Gemeinden of the current Land: a row inside them keeps the slot without a table read
        int slotVon = r.landVon[slot];
        int slotLaenge = r.gemeindenDesLandes(slot);
        int stufe = stufen[stufenBasis + slot];
        long zaehler = 0;
        int wortIndex = 0;
        long wort = 0;
        for (int i = 0; i < n; i++) {
            // whether a row is online, offline, inactive, not ok or of another model is a coin toss
            // per row on real data: counters, Gemeinde bit and level change through one table
            // read, without a branch on the class (a row that is not assessed sets no bit and has
            // level code 0; a row of another model is counted in the last lane, its example is the key)
            long x = wirkung[(int) w[i] & ZUSTAND_MASKE];
            int von = g[i];
            if (von >= 0) {
                // a Land's Gemeinden are consecutive, so a Gemeinde in the current Land's range is of that Land
                if (Integer.compareUnsigned(von - slotVon, slotLaenge) >= 0) {
                    stufen[stufenBasis + slot] = (byte) stufe;
                    slot = bereiche.land(von);
                    stufe = stufen[stufenBasis + slot];
                    slotVon = r.landVon[slot];
                    slotLaenge = r.gemeindenDesLandes(slot);
                }
                int wi = von >>> 6;
                if (wi != wortIndex) {
                    bits[wortIndex] |= wort;
                    wort = 0;
                    wortIndex = wi;
                }
                wort |= (x >>> Rahmen.ONLINE_BIT & 1) << von;
            } else {
                // a Kreis, Land or Bund row, a key that names more than its Gemeinde, or an unknown key
                long a = w[i] >>> ZUSTAND_BITS;
                long b = bereiche.bereich(a);
                von = Gemeindebereiche.von(b);
                int bis = Gemeindebereiche.bis(b);
                if (von >= bis) {
                    nichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT, a);
                    continue;
                }
                int neu = slot(bereiche, a, von, bis);
                if (neu != slot) {
                    stufen[stufenBasis + slot] = (byte) stufe;
                    slot = neu;
                    stufe = stufen[stufenBasis + slot];
                    slotVon = r.landVon[slot];
                    slotLaenge = r.gemeindenDesLandes(slot);
                }
                if ((x >>> Rahmen.ONLINE_BIT & 1) != 0) {
                    Bits.setze(bits, von, bis);
                }
            }
            zaehler += x;
            // under the best level, combining is the maximum of the codes (0 and 1 give way to levels)
            stufe = Math.max(stufe, (int) (x >>> Rahmen.CODE_SHIFT));
        }
        if (wort != 0) {
            // a directory without Gemeinden has bitsets of length 0, and then no row sets a bit
            bits[wortIndex] |= wort;
        }
        stufen[stufenBasis + slot] = (byte) stufe;
        letzterSlot = slot;
        zaehle(zaehler);
    }

    /**
     * Adds counts packed as by {@link Rahmen#inkrement} to the class counters; bits above the lanes
     * (the sum of {@link Rahmen#wirkung}'s level codes) are ignored.
     */
    private void zaehle(long zaehler) {
        inaktiv += zaehler & Rahmen.LANE_MASKE;
        nichtOk += zaehler >>> Rahmen.LANE_BITS & Rahmen.LANE_MASKE;
        offline += zaehler >>> 2 * Rahmen.LANE_BITS & Rahmen.LANE_MASKE;
        online += zaehler >>> 3 * Rahmen.LANE_BITS & Rahmen.LANE_MASKE;
        long anderesModell = zaehler >>> 4 * Rahmen.LANE_BITS & Rahmen.LANE_MASKE;
        if (anderesModell != 0) {
            // every row of a batch has the current key: the key is the example of them all
            int grund = NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL.ordinal();
            nichtZugeordnet[grund] += anderesModell;
            beispiele[grund].add(letzterSchluessel);
        }
    }

    /** The slot of an ARS in a key's levels: its Land, taken from its range (a division by 10^10 costs more than the lookup). */
    private static int slot(Gemeindebereiche bereiche, long ars, int von, int bis) {
        return ars == 0 || von >= bis ? 0 : bereiche.land(von);
    }

    /** Places one waiting row under the worst level: one preset only, not worth a loop of its own. */
    private void platziere(long arsWert, int z) {
        if (arsWert != letzteArs) {
            long b = rahmen.bereiche.bereich(arsWert);
            letzteArs = arsWert;
            letzteVon = Gemeindebereiche.von(b);
            letzteBis = Gemeindebereiche.bis(b);
            letzterSlot = slot(rahmen.bereiche, arsWert, letzteVon, letzteBis);
        }
        int von = letzteVon;
        if (von >= letzteBis) {
            nichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT, arsWert);
            return;
        }
        int klasse = rahmen.klasse[z];
        if (klasse == Zaehlregel.ANDERES_MODELL) {
            nichtZugeordnet(NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL, letzterSchluessel);
            return;
        }
        zaehle(rahmen.inkrement[z]);
        if (rahmen.onlineMaske[z] != 0) {
            Bits.setze(erfuelltAktuell, von, letzteBis);
        } else if (rahmen.offlineMaske[z] != 0) {
            Bits.setze(verfehltAktuell, von, letzteBis);
        }
        int slot = stufenBasis + letzterSlot;
        stufen[slot] = kombiniere(stufen[slot], rahmen.code[z], true);
    }

    /**
     * Makes the key current: its index, and the bitsets of its Gemeinden, which are created here so
     * that the per-row path never checks for them. A key whose rows set no bit leaves an empty
     * bitset, which {@link #result()} does not tell from none.
     */
    private void waehleSchluessel(long schluesselWert) {
        leere();
        letzterSchluessel = schluesselWert;
        int k = rahmen.indexOf(schluesselWert);
        letzterIndex = k;
        if (k < 0) {
            return;
        }
        if (erfuellt[k] == null) {
            erfuellt[k] = Bits.neu(rahmen.gemeinden);
        }
        erfuelltAktuell = erfuellt[k];
        if (schlechtester) {
            if (verfehlt[k] == null) {
                verfehlt[k] = Bits.neu(rahmen.gemeinden);
            }
            verfehltAktuell = verfehlt[k];
        }
        stufenBasis = k * Rahmen.SLOTS;
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
        leere();
        other.leere();
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

    /**
     * The partial state itself, not a copy, for {@link UmsetzungsmatrixCodec}. The waiting rows are
     * placed first: a state read while rows wait in the batch would leave them out.
     */
    Matrixzustand zustand() {
        leere();
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
    public Umsetzungsbild result() {
        leere();
        long[][] abgedeckt = new long[erfuellt.length][];
        for (int k = 0; k < erfuellt.length; k++) {
            if (erfuellt[k] != null && !Bits.isLeer(erfuellt[k])) {
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
