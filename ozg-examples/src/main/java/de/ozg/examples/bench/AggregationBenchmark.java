package de.ozg.examples.bench;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregating one Stichtag of status rows held in memory: the library's
 * {@link Umsetzungsmatrix} (every figure of the dashboard: per Land, Themenfeld, OZG-Leistung,
 * Flächendeckung per area) against a hand-written loop that computes only the core figure – LeiKa
 * services reported and online per Land under the dashboard's rule – with one bitset per Land. The
 * setup checks that both agree on that figure, so the comparison is between equal answers.
 *
 * <p>Also the speed-up of the parallel collector over the sequential one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class AggregationBenchmark {

    /** Rows held in memory. */
    @Param("10000000")
    public int zeilen;

    private OzgKatalog katalog;
    private Gebietsverzeichnis verzeichnis;
    private List<Umsetzungsstand> rows;
    private Umsetzungsmatrix vorlage;
    private long[] schluessel;
    private long[] tabelle;
    private int[] tabellenIndex;
    private int maske;

    /** Generates the rows once, indexes the keys for the baseline and checks that both agree. */
    @Setup(Level.Trial)
    public void erzeuge() {
        Beispiele b = Beispiele.ofSeed(20_240_531L);
        katalog = b.katalog().katalog(1000);
        verzeichnis = b.gebiete().gebietsverzeichnis(30, 35);
        LocalDate stichtag = LocalDate.of(2024, 5, 31);
        rows = new ArrayList<>(zeilen);
        // a Stichtag of this catalogue and directory holds some millions of rows; the next Stichtage
        // repeat (key, ARS) pairs, which the matrix combines like several services of one Gemeinde
        while (rows.size() < zeilen) {
            Iterator<Umsetzungsstand> it = b.status().umsetzungsstaende(katalog, verzeichnis, stichtag).iterator();
            while (it.hasNext() && rows.size() < zeilen) {
                rows.add(it.next());
            }
            stichtag = stichtag.plusMonths(1);
        }
        vorlage = Umsetzungsmatrix.zero(katalog, verzeichnis, Zaehlregel.DASHBOARD_ONLINE);
        indexiere();
        int[][] hand = handgeschrieben();
        Map<Bundesland, Kennzahlen> bib = bibliothek().proLand();
        for (Bundesland land : Bundesland.values()) {
            Kennzahlen k = bib.get(land);
            if (k.leikaGemeldet() != hand[0][land.nummer()] || k.leikaOnline() != hand[1][land.nummer()]) {
                throw new IllegalStateException(land + ": library " + k.leikaGemeldet() + "/" + k.leikaOnline()
                        + ", baseline " + hand[0][land.nummer()] + "/" + hand[1][land.nummer()]);
            }
        }
    }

    /** The baseline's key index: an open-addressing table from key to dense index. */
    private void indexiere() {
        TreeSet<Long> keys = new TreeSet<>();
        katalog.leistungen().forEach(l -> l.schluessel().forEach(k -> keys.add(k.longValue())));
        schluessel = keys.stream().mapToLong(Long::longValue).toArray();
        int groesse = Integer.highestOneBit(Math.max(2, schluessel.length) * 4);
        maske = groesse - 1;
        tabelle = new long[groesse];
        tabellenIndex = new int[groesse];
        java.util.Arrays.fill(tabellenIndex, -1);
        for (int i = 0; i < schluessel.length; i++) {
            int slot = streue(schluessel[i]);
            while (tabellenIndex[slot] >= 0) {
                slot = (slot + 1) & maske;
            }
            tabelle[slot] = schluessel[i];
            tabellenIndex[slot] = i;
        }
    }

    private int streue(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & maske;
    }

    private int index(long k) {
        int slot = streue(k);
        while (true) {
            int i = tabellenIndex[slot];
            if (i < 0 || tabelle[slot] == k) {
                return i;
            }
            slot = (slot + 1) & maske;
        }
    }

    /**
     * The library: all rows into a fresh matrix, then the per-Land figures.
     *
     * @return the result
     */
    @Benchmark
    public Umsetzungsbild bibliothek() {
        Umsetzungsmatrix m = vorlage.zeroLike();
        for (Umsetzungsstand s : rows) {
            m.add(s);
        }
        Umsetzungsbild bild = m.result();
        bild.proLand();
        return bild;
    }

    /**
     * The baseline: one pass with the dashboard rule written out, a bitset of key indexes per Land
     * (slot 0 for Bund rows, which count in every Land), then a popcount per Land.
     *
     * @return reported and online services per Land number
     */
    @Benchmark
    public int[][] handgeschrieben() {
        int worte = (schluessel.length + 63) >>> 6;
        long[][] gemeldet = new long[17][worte];
        long[][] online = new long[17][worte];
        long inaktiv = 0;
        long nichtOk = 0;
        long fremd = 0;
        for (Umsetzungsstand s : rows) {
            int k = index(s.schluessel().longValue());
            if (k < 0) {
                fremd++;
                continue;
            }
            if (!s.isAktiv()) {
                inaktiv++;
                continue;
            }
            if (!s.isOnline()) {
                nichtOk++;
                continue;
            }
            Reifegrad r = s.reifegradOrNull();
            boolean an;
            if (r == null) {
                an = true;
            } else if (r.modell() != ReifegradModell.V1) {
                fremd++;
                continue;
            } else {
                an = r.stufe() >= 2;
            }
            int land = s.ars().landNummer();
            gemeldet[land][k >>> 6] |= 1L << k;
            if (an) {
                online[land][k >>> 6] |= 1L << k;
            }
        }
        int[][] ergebnis = new int[3][17];
        for (int land = 1; land <= 16; land++) {
            for (int w = 0; w < worte; w++) {
                ergebnis[0][land] += Long.bitCount(gemeldet[land][w] | gemeldet[0][w]);
                ergebnis[1][land] += Long.bitCount(online[land][w] | online[0][w]);
            }
        }
        ergebnis[2][0] = (int) (inaktiv + nichtOk + fremd);
        return ergebnis;
    }

    /**
     * The collector on a sequential stream.
     *
     * @return the result
     */
    @Benchmark
    public Umsetzungsbild collectorSequentiell() {
        Umsetzungsbild bild = rows.stream()
                .collect(Umsetzungsmatrix.collector(katalog, verzeichnis, Zaehlregel.DASHBOARD_ONLINE));
        bild.proLand();
        return bild;
    }

    /**
     * The collector on a parallel stream (common pool plus the calling thread).
     *
     * @return the result
     */
    @Benchmark
    public Umsetzungsbild collectorParallel() {
        Umsetzungsbild bild = rows.parallelStream()
                .collect(Umsetzungsmatrix.collector(katalog, verzeichnis, Zaehlregel.DASHBOARD_ONLINE));
        bild.proLand();
        return bild;
    }
}
