package de.ozg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]}, bound to the loopback address, computes the same figures, findings and
 * counts as one JVM from a generated file of a few million status rows with broken lines among them.
 * Larger runs: {@code -Dozg.spark.stichtage=N} (about 140,000 rows per Stichtag).
 */
class SparkUmsetzungTest {

    /** The generated world, rebuilt on each executor from its seed alone. */
    record Beispielwelt(long seed) implements Zaehlgrundlage {
        private static final long serialVersionUID = 1L;

        OzgKatalog katalog() {
            return Beispiele.mitSeed(seed).katalog(200);
        }

        Gebietsverzeichnis verzeichnis() {
            Beispiele b = Beispiele.mitSeed(seed);
            b.katalog(200);
            return b.gebietsverzeichnis(10, 30);
        }

        @Override
        public Umsetzungsmatrix leer() {
            return Umsetzungsmatrix.leer(katalog(), verzeichnis(), Zaehlregel.DASHBOARD_ONLINE);
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
        int stichtage = Integer.getInteger("ozg.spark.stichtage", 15);
        datei = dir.resolve("stand.jsonl");
        Beispiele b = Beispiele.mitSeed(7);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(datei), 1 << 16);
                UmsetzungsstandWriter wr = UmsetzungsstandWriter.jsonLines(out)) {
            for (int s = 0; s < stichtage; s++) {
                long[] n = {0};
                b.umsetzungsstaende(k, v, LocalDate.of(2023, 1, 31).plusMonths(s)).forEach(z -> {
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

    private static String json(Umsetzungsbild bild, List<Befund> befunde, long datensaetze, long abgewiesen) {
        Umsetzungsbericht bericht = new Umsetzungsbericht(bild.katalog(), bild.regel(), Optional.of(bild),
                Optional.empty(), Pruefbericht.of(befunde, List.of(), datensaetze),
                List.of(new Umsetzungsbericht.Statusdatei("stand.jsonl", "jsonl", datensaetze, abgewiesen, true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OzgJson.write(bericht, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sparkGivesTheFiguresOfOneJvm() throws IOException {
        assertTrue(geschrieben > 200_000, () -> "a few million rows, got " + geschrieben);
        Beispielwelt w = new Beispielwelt(42);
        // one JVM: one reader, one matrix
        Umsetzungsmatrix m = w.leer();
        List<Befund> befunde = new ArrayList<>();
        long datensaetze;
        long abgewiesen;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei));
                UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(in, befunde::add)) {
            r.forEachRemaining(m::add);
            datensaetze = r.zeilen();
            abgewiesen = r.fehlerhafteZeilen();
        }
        String erwartet = json(m.ergebnis(), befunde, datensaetze, abgewiesen);

        // Spark: planned in 16 MiB chunks, scanned and read on the executors, counted by the Aggregator
        List<StatusSplit> teile = StatusDatasets.plan(spark, List.of(StatusFile.of(datei, StatusFormat.JSON_LINES)),
                16L << 20);
        assertTrue(teile.size() > 8, () -> "parts: " + teile.size());
        Umsetzungsbild bild = UmsetzungsmatrixAggregator.bild(StatusDatasets.rows(spark, teile), w);
        List<Befund> sparkBefunde = StatusDatasets.befunde(spark, teile).collectAsList().stream()
                .map(BefundRow::toBefund).map(b -> b.withFundstelle(b.fundstelle().ohneQuelle())).toList();
        StatusDatasets.Bilanz bilanz = StatusDatasets.bilanz(spark, teile);

        assertEquals(datensaetze, bilanz.datensaetze());
        assertEquals(abgewiesen, bilanz.abgewiesen());
        assertTrue(abgewiesen > 50, "broken lines among the rows");
        assertEquals(befunde, sparkBefunde);
        assertEquals(m.ergebnis(), bild);
        assertEquals(erwartet, json(bild, sparkBefunde, bilanz.datensaetze(), bilanz.abgewiesen()));
    }
}
