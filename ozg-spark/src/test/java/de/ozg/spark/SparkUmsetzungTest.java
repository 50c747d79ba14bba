package de.ozg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.json.OzgJson;
import de.ozg.json.StatusFile;
import de.ozg.json.StatusFormat;
import de.ozg.json.StatusSplit;
import de.ozg.json.Umsetzungsbericht;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]}, bound to the loopback address, computes the same figures, findings and
 * counts as one JVM from a generated file of a few million status rows with broken lines among them.
 * Larger runs: {@code -Dozg.spark.stichtage=N} (about 290,000 rows per Stichtag).
 */
class SparkUmsetzungTest {

    /** The generated world, rebuilt on each executor from its seed alone. */
    record Beispielwelt(long seed) implements Zaehlgrundlage {
        private static final long serialVersionUID = 1L;

        OzgKatalog katalog() {
            return Beispiele.ofSeed(seed).katalog().katalog(200);
        }

        Gebietsverzeichnis verzeichnis() {
            Beispiele b = Beispiele.ofSeed(seed);
            b.katalog().katalog(200);
            return b.gebiete().gebietsverzeichnis(10, 30);
        }

        @Override
        public Umsetzungsmatrix zero() {
            return Umsetzungsmatrix.zero(katalog(), verzeichnis(), Zaehlregel.DASHBOARD_ONLINE);
        }
    }

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path datei;
    static long geschrieben;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().appName("ozg-spark-test").master("local[2]")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.local.dir", dir.toString()).getOrCreate();
        Beispielwelt w = new Beispielwelt(42);
        OzgKatalog k = w.katalog();
        Gebietsverzeichnis v = w.verzeichnis();
        int stichtage = Integer.getInteger("ozg.spark.stichtage", 5);
        datei = dir.resolve("stand.jsonl");
        Beispiele b = Beispiele.ofSeed(7);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(datei), 1 << 16);
                UmsetzungsstandWriter wr = UmsetzungsstandWriter.jsonLines(out)) {
            for (int s = 0; s < stichtage; s++) {
                long[] n = {0};
                b.status().umsetzungsstaende(k, v, LocalDate.of(2023, 1, 31).plusMonths(s)).forEach(z -> {
                    wr.write(z);
                    if (++n[0] % 40_000 == 0) {
                        // broken deliveries: a cut-off line and a key of 13 digits
                        wr.flush();
                        try {
                            out.write(("{\"schluessel\":\"99041006013000\",\"ars\":\"15\n{\"schluessel\":\"9904100601300\","
                                    + "\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\",\"online\":true}\n")
                                    .getBytes(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
                geschrieben += n[0];
            }
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String json(Umsetzungsbild bild, List<Befund> befunde, String name, long datensaetze,
            long abgewiesen) {
        Umsetzungsbericht bericht = new Umsetzungsbericht(bild.katalog(), bild.regel(), Optional.of(bild),
                Optional.empty(), Pruefbericht.of(befunde, List.of(), datensaetze),
                List.of(new Umsetzungsbericht.Statusdatei(name, "status-jsonl", datensaetze, abgewiesen, true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OzgJson.write(bericht, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJobGivesTheFiguresFindingsAndCountsOfOneJvm() throws IOException {
        assertTrue(geschrieben > 1_000_000, () -> "a million rows and more, got " + geschrieben);
        Beispielwelt w = new Beispielwelt(42);
        // one JVM: one reader, one matrix
        Umsetzungsmatrix m = w.zero();
        List<Befund> befunde = new ArrayList<>();
        long datensaetze;
        long abgewiesen;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei));
                UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(in,
                        b -> befunde.add(b.withFundstelle(b.fundstelle().withQuelle(datei.toString()))))) {
            r.forEachRemaining(m::add);
            datensaetze = r.zeilen();
            abgewiesen = r.fehlerhafteZeilen();
        }
        assertTrue(abgewiesen > 50, "broken lines among the rows");
        String erwartet = json(m.result(), befunde, datei.toString(), datensaetze, abgewiesen) + "\n";

        // Spark: planned in 8 MiB chunks, scanned and read on the executors, counted by the Aggregator
        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int ausgang = UmsetzungsberichtJob.run(spark, new UmsetzungsberichtJob.Auftrag("-", "-", "dashboard-online",
                8L << 20, true, false, List.of(datei.toString())), w, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        System.out.printf("Spark local[2]: %,d records, %s(%.1f s in all)%n", datensaetze,
                err.toString(StandardCharsets.UTF_8).replace('\n', ' '), (System.nanoTime() - t0) / 1e9);
        String zeiten = err.toString(StandardCharsets.UTF_8);
        assertTrue(zeiten.startsWith("planned ") && Integer.parseInt(zeiten.split(" ")[1]) > 8, zeiten);
        gleich(erwartet, out.toString(StandardCharsets.UTF_8));
        assertEquals(1, ausgang, "the broken lines are errors");

        // the Aggregator over the row Dataset counts the same
        List<StatusSplit> teile = StatusDatasets.plan(spark, List.of(StatusFile.of(datei, StatusFormat.JSON_LINES)),
                16L << 20);
        assertEquals(m.result(), UmsetzungsmatrixAggregator.bild(StatusDatasets.rows(spark, teile), w));
    }

    /** Equal texts; else a failure that shows where they part, not two reports of 40 KB. */
    private static void gleich(String erwartet, String ist) {
        if (!erwartet.equals(ist)) {
            int i = 0;
            while (i < Math.min(erwartet.length(), ist.length()) && erwartet.charAt(i) == ist.charAt(i)) {
                i++;
            }
            int von = Math.max(0, i - 80);
            fail("lengths " + erwartet.length() + " and " + ist.length() + ", first difference at " + i + ": expected …"
                    + erwartet.substring(von, Math.min(erwartet.length(), i + 80)) + "… but was …"
                    + ist.substring(von, Math.min(ist.length(), i + 80)) + "…");
        }
    }

    @Test
    void theAggregatorMergesPartialMatricesAcrossPartitions() {
        Beispielwelt w = new Beispielwelt(42);
        List<Umsetzungsstand> zeilen = new ArrayList<>();
        Beispiele b = Beispiele.ofSeed(11);
        // every 8th row of two Stichtage: enough for every partition, small enough to ship from the driver
        long[] n = {0};
        for (int s = 0; s < 2; s++) {
            b.status().umsetzungsstaende(w.katalog(), w.verzeichnis(), LocalDate.of(2024, 3, 31).plusMonths(s))
                    .forEach(z -> {
                        if (n[0]++ % 8 == 0) {
                            zeilen.add(z);
                        }
                    });
        }
        assertTrue(zeilen.size() > 20_000, () -> "rows: " + zeilen.size());
        Umsetzungsmatrix m = w.zero();
        zeilen.forEach(m::add);
        List<UmsetzungsstandRow> rows = zeilen.stream().map(UmsetzungsstandRow::from).toList();
        // 7 input partitions, partial buffers shuffled into 4: the codec's bytes cross task boundaries
        Dataset<UmsetzungsstandRow> ds = spark.createDataset(rows, Encoders.bean(UmsetzungsstandRow.class))
                .repartition(7);
        assertEquals(m.result(), UmsetzungsmatrixAggregator.bild(ds, w));
        assertEquals(w.zero().result(), UmsetzungsmatrixAggregator.bild(ds.limit(0), w), "no rows: the zero");
    }
}
