package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.internal.LongIntMap;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * The state of every LeiKa key × ARS of one Stichtag in compact form, for comparing two
 * Stichtage ({@link Stichtagsvergleich}). Each distinct key × ARS is one {@code long}: the key as an
 * index into the snapshot's sorted key dictionary (16 bits), the ARS as its 40-bit number, and
 * 8 bits of state (aktiv, online_status, Reifegrad model and level); the longs are sorted, so two
 * snapshots are compared in one linear pass.
 *
 * <p>Memory bound: 8 bytes per distinct key × ARS held, plus 8 bytes per distinct key — 50 million
 * rows take 400 MB, a comparison of two such Stichtage 800 MB. Collecting needs up to three times
 * that for a moment (growth and sorting). Larger inputs are compared per Land, since the
 * comparison is per key × ARS and the partial results add up ({@link Stichtagsdiff#plus}).
 * A snapshot holds at most 65,536 distinct keys (the whole LeiKa has under 10,000).
 *
 * <p>Several rows for one key × ARS combine field by field: aktiv and online_status when any row
 * has them, the best Reifegrad (a newer model wins over an older one, as levels of different
 * models cannot be compared); {@link #duplikate()} counts them. URL and dashboard class are not
 * kept. Immutable and thread-safe.
 */
public final class Schnappschuss {

    static final int MAX_SCHLUESSEL = 1 << 16;
    private static final long VORZEICHEN = Long.MIN_VALUE;

    private final long[] schluessel;
    private final long[] eintraege;
    private final long zeilen;
    private final long ersterTag;
    private final long letzterTag;

    private Schnappschuss(long[] schluessel, long[] eintraege, long zeilen, long ersterTag, long letzterTag) {
        this.schluessel = schluessel;
        this.eintraege = eintraege;
        this.zeilen = zeilen;
        this.ersterTag = ersterTag;
        this.letzterTag = letzterTag;
    }

    /**
     * The snapshot of the given rows.
     *
     * @param zeilen the rows of one Stichtag
     * @return the snapshot
     * @throws AggregationException with {@link AggregationViolation#CAPACITY_EXCEEDED} for more than
     *                              65,536 distinct keys
     */
    public static Schnappschuss of(Iterable<Umsetzungsstand> zeilen) {
        Sammler s = sammler();
        zeilen.forEach(s::add);
        return s.result();
    }

    /** @return an empty accumulator of rows, the zero */
    public static Sammler sammler() {
        return new Sammler();
    }

    /** @return a collector of rows into a snapshot; works on parallel streams */
    public static Collector<Umsetzungsstand, Sammler, Schnappschuss> collector() {
        return Accumulator.collector(Sammler::new);
    }

    /** @return the rows collected, duplicates included */
    public long zeilen() {
        return zeilen;
    }

    /** @return the distinct key × ARS combinations */
    public int eintraege() {
        return eintraege.length;
    }

    /** @return rows that repeated a key × ARS already seen */
    public long duplikate() {
        return zeilen - eintraege.length;
    }

    /** @return the distinct LeiKa keys */
    public int anzahlSchluessel() {
        return schluessel.length;
    }

    /** @return the earliest Stichtag of the rows, empty for an empty snapshot */
    public Optional<LocalDate> ersterStichtag() {
        return zeilen == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(ersterTag));
    }

    /** @return the latest Stichtag of the rows, empty for an empty snapshot */
    public Optional<LocalDate> letzterStichtag() {
        return zeilen == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(letzterTag));
    }

    /** @return the bytes held by the arrays, for capacity planning */
    public long speicherBytes() {
        return 8L * (schluessel.length + eintraege.length);
    }

    /**
     * How many key × ARS combinations count as online under a rule; combinations whose Reifegrad is
     * of another model do not.
     *
     * @param regel the rule
     * @return the count
     */
    public long anzahlOnline(Zaehlregel regel) {
        long n = 0;
        for (long e : eintraege) {
            if (isOnline(regel, zustand(e))) {
                n++;
            }
        }
        return n;
    }

    // ---- package-private access for the comparison ----

    int size() {
        return eintraege.length;
    }

    long schluesselWert(int i) {
        return schluessel[(int) ((eintraege[i] ^ VORZEICHEN) >>> 48)];
    }

    long arsWert(int i) {
        return (eintraege[i] ^ VORZEICHEN) >>> 8 & 0xFF_FFFF_FFFFL;
    }

    int zustand(int i) {
        return zustand(eintraege[i]);
    }

    private static int zustand(long eintrag) {
        return (int) (eintrag & 0xFF);
    }

    static boolean isOnline(Zaehlregel regel, int zustand) {
        return regel.bewerte(isEnabled(zustand), isOk(zustand), modell(zustand), stufe(zustand)) == Zaehlregel.ONLINE;
    }

    static boolean isEnabled(int zustand) {
        return (zustand & 1) != 0;
    }

    static boolean isOk(int zustand) {
        return (zustand & 2) != 0;
    }

    static ReifegradModell modell(int zustand) {
        int m = zustand >>> 2 & 3;
        return m == 0 ? null : ReifegradModell.values()[m - 1];
    }

    static int stufe(int zustand) {
        return zustand >>> 4;
    }

    static Optional<Reifegrad> reifegrad(int zustand) {
        ReifegradModell m = modell(zustand);
        return m == null ? Optional.empty() : Optional.of(Reifegrad.of(m, stufe(zustand)));
    }

    static int zustand(Umsetzungsstand z) {
        Reifegrad r = z.reifegradOrNull();
        int s = (z.isAktiv() ? 1 : 0) | (z.isOnline() ? 2 : 0);
        if (r != null) {
            s |= (r.modell().ordinal() + 1) << 2 | r.stufe() << 4;
        }
        return s;
    }

    /** Combines two states of one key × ARS: flags by OR, the best Reifegrad, newer model first. */
    static int kombiniere(int a, int b) {
        int flags = (a | b) & 3;
        int ra = a >>> 2;
        int rb = b >>> 2;
        int ma = ra & 3;
        int mb = rb & 3;
        int r;
        if (ma != mb) {
            r = ma > mb ? ra : rb;
        } else {
            r = Math.max(ra, rb);
        }
        return flags | r << 2;
    }

    /**
     * Collects rows into a {@link Schnappschuss}: the mergeable accumulator of the snapshot. Keys get
     * provisional numbers in order of arrival; {@link #result()} sorts the dictionary, renumbers
     * and sorts the entries. Mutable and not thread-safe.
     */
    public static final class Sammler implements Accumulator<Umsetzungsstand, Sammler, Schnappschuss> {
        private final LongIntMap nummern = new LongIntMap(64);
        private long[] schluessel = new long[64];
        private long[] eintraege = new long[64];
        private int anzahl;
        private int n;
        private long zeilen;
        private long ersterTag = Long.MAX_VALUE;
        private long letzterTag = Long.MIN_VALUE;

        Sammler() {
        }

        @Override
        public void add(Umsetzungsstand zeile) {
            int k = nummer(zeile.schluessel().longValue());
            anhaengen((long) k << 48 | zeile.ars().longValue() << 8 | zustand(zeile));
            zeilen++;
            long tag = zeile.stichtag().toEpochDay();
            ersterTag = Math.min(ersterTag, tag);
            letzterTag = Math.max(letzterTag, tag);
        }

        private int nummer(long schluesselWert) {
            int k = nummern.getOrPut(schluesselWert, nummern.size());
            if (k == anzahl) {
                if (k >= MAX_SCHLUESSEL) {
                    throw new AggregationException(AggregationViolation.CAPACITY_EXCEEDED, "Schnappschuss.schluessel",
                            Leistungsschluessel.of(schluesselWert).toString(),
                            "at most " + MAX_SCHLUESSEL + " distinct LeiKa keys per snapshot (split by key range)");
                }
                if (k == schluessel.length) {
                    schluessel = Arrays.copyOf(schluessel, k * 2);
                }
                schluessel[k] = schluesselWert;
                anzahl++;
            }
            return k;
        }

        private void anhaengen(long eintrag) {
            if (n == eintraege.length) {
                eintraege = Arrays.copyOf(eintraege, Math.max(64, n + (n >> 1)));
            }
            eintraege[n++] = eintrag;
        }

        @Override
        public Sammler merge(Sammler other) {
            int[] umrechnung = new int[other.anzahl];
            for (int i = 0; i < other.anzahl; i++) {
                umrechnung[i] = nummer(other.schluessel[i]);
            }
            for (int i = 0; i < other.n; i++) {
                long e = other.eintraege[i];
                anhaengen((long) umrechnung[(int) (e >>> 48)] << 48 | e & 0xFFFF_FFFF_FFFFL);
            }
            zeilen += other.zeilen;
            ersterTag = Math.min(ersterTag, other.ersterTag);
            letzterTag = Math.max(letzterTag, other.letzterTag);
            return this;
        }

        @Override
        public Schnappschuss result() {
            long[] sortiert = Arrays.copyOf(schluessel, anzahl);
            Arrays.sort(sortiert);
            int[] rang = new int[anzahl];
            for (int i = 0; i < anzahl; i++) {
                rang[i] = Arrays.binarySearch(sortiert, schluessel[i]);
            }
            long[] e = new long[n];
            for (int i = 0; i < n; i++) {
                long x = eintraege[i];
                e[i] = ((long) rang[(int) (x >>> 48)] << 48 | x & 0xFFFF_FFFF_FFFFL) ^ VORZEICHEN;
            }
            Arrays.sort(e);
            int m = 0;
            for (int i = 0; i < e.length; i++) {
                if (m > 0 && (e[m - 1] & ~0xFFL) == (e[i] & ~0xFFL)) {
                    e[m - 1] = e[m - 1] & ~0xFFL | kombiniere(zustand(e[m - 1]), zustand(e[i]));
                } else {
                    e[m++] = e[i];
                }
            }
            return new Schnappschuss(sortiert, m == e.length ? e : Arrays.copyOf(e, m), zeilen, ersterTag, letzterTag);
        }
    }

    /** Equal when both hold the same rows count, Stichtage and combined states per key × ARS. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Schnappschuss)) {
            return false;
        }
        Schnappschuss s = (Schnappschuss) o;
        return zeilen == s.zeilen && (zeilen == 0 || ersterTag == s.ersterTag && letzterTag == s.letzterTag)
                && Arrays.equals(schluessel, s.schluessel) && Arrays.equals(eintraege, s.eintraege);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(zeilen) + Arrays.hashCode(eintraege);
    }

    @Override
    public String toString() {
        return "Schnappschuss{" + zeilen + " Zeilen, " + eintraege.length + " Schlüssel × ARS, "
                + schluessel.length + " Schlüssel" + ersterStichtag().map(d -> ", " + d).orElse("")
                + letzterStichtag().filter(d -> zeilen > 0 && ersterTag != letzterTag).map(d -> " bis " + d).orElse("")
                + "}";
    }
}
