package de.ozg.spark;

import de.ozg.core.OzgException;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.json.OzgJson;
import de.ozg.json.StatusFile;
import de.ozg.json.StatusFormat;
import de.ozg.json.StatusSplit;
import de.ozg.json.Umsetzungsbericht;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/**
 * A runnable Spark job: the figures of status files as the library's {@link Umsetzungsbericht} JSON
 * on standard output — the Umsetzungsmatrix over all rows of all files, the findings (at most
 * {@value #MAX_BEFUNDE_PRO_REGEL} stored per rule, the rest counted, as {@code ozg validate} does)
 * and the records read and rejected per file. The time of each step goes to standard error.
 * The figures are counted by {@link StatusDatasets#bild}, each partition straight into a matrix; with
 * {@code --aggregator} by the {@link UmsetzungsmatrixAggregator} over the row Dataset instead (the
 * same figures, slower: every row becomes a bean and a Spark row on the way).
 *
 * <pre>
 * spark-submit --class de.ozg.spark.UmsetzungsberichtJob --jars ozg-core.jar,ozg-json.jar ozg-spark.jar \
 *     --katalog katalog.csv --gebiete gemeinden.csv [--regel dashboard-online] [--chunk-mib 64] \
 *     [--ohne-befunde] [--aggregator] stand-1.jsonl [stand-2.csv ...]
 * </pre>
 *
 * <p>Without a master from {@code spark-submit} ({@code spark.master}) it runs in {@code local[*]}.
 * All files must be readable under the same paths on every executor. A file whose name ends in
 * {@code .csv} is status CSV (UTF-8), {@code .json} a JSON array, anything else JSON Lines.
 */
public final class UmsetzungsberichtJob {

    /** Findings stored per rule; the others are counted. */
    public static final int MAX_BEFUNDE_PRO_REGEL = 1_000;

    private static final String NUTZUNG = "usage: UmsetzungsberichtJob --katalog FILE --gebiete FILE "
            + "[--regel PRESET] [--chunk-mib N] [--ohne-befunde] [--aggregator] STATUSFILE...";

    private UmsetzungsberichtJob() {
    }

    /** The command line, checked. */
    record Auftrag(String katalog, String gebiete, String regel, long chunkSize, boolean befunde,
            boolean aggregator, List<String> dateien) {

        static Auftrag parse(String[] args) {
            String katalog = null;
            String gebiete = null;
            String regel = "dashboard-online";
            long chunkMib = 64;
            boolean befunde = true;
            boolean aggregator = false;
            List<String> dateien = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--katalog" -> katalog = wert(args, ++i, a);
                    case "--gebiete" -> gebiete = wert(args, ++i, a);
                    case "--regel" -> regel = wert(args, ++i, a);
                    case "--ohne-befunde" -> befunde = false;
                    case "--aggregator" -> aggregator = true;
                    case "--chunk-mib" -> {
                        String w = wert(args, ++i, a);
                        try {
                            chunkMib = Long.parseLong(w);
                        } catch (NumberFormatException e) {
                            chunkMib = -1;
                        }
                        if (chunkMib < 1 || chunkMib > 1024) {
                            throw new IllegalArgumentException("--chunk-mib expects a whole number from 1 to 1024, was: '"
                                    + w + "'");
                        }
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option '" + a + "'");
                        }
                        dateien.add(a);
                    }
                }
            }
            if (katalog == null || gebiete == null) {
                throw new IllegalArgumentException("--katalog and --gebiete are required");
            }
            if (dateien.isEmpty()) {
                throw new IllegalArgumentException("no status file given");
            }
            for (String d : List.of(katalog, gebiete)) {
                if (!Files.isReadable(Path.of(d))) {
                    throw new IllegalArgumentException("cannot read '" + d + "'");
                }
            }
            for (String d : dateien) {
                if (!Files.isRegularFile(Path.of(d)) || !Files.isReadable(Path.of(d))) {
                    throw new IllegalArgumentException("cannot read status file '" + d + "'");
                }
            }
            return new Auftrag(katalog, gebiete, regel, chunkMib << 20, befunde, aggregator, List.copyOf(dateien));
        }

        private static String wert(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " expects a value");
            }
            return args[i];
        }
    }

    /**
     * Runs the job; exit code 0, 1 when the findings hold an ERROR, 2 for a usage error.
     *
     * @param args the command line, see the class comment
     */
    public static void main(String[] args) {
        Auftrag auftrag;
        Zaehlgrundlage grundlage;
        try {
            auftrag = Auftrag.parse(args);
            grundlage = Zaehlgrundlage.ofFiles(auftrag.katalog(), auftrag.gebiete(), auftrag.regel());
        } catch (IllegalArgumentException | OzgException e) {
            System.err.println("UmsetzungsberichtJob: " + (e instanceof OzgException o ? o.message(Locale.ENGLISH)
                    : e.getMessage()));
            System.err.println(NUTZUNG);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("ozg-umsetzungsbericht");
        if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        int ausgang;
        try {
            ausgang = run(spark, auftrag, grundlage, System.out, System.err);
        } catch (UncheckedIOException e) {
            System.err.println("UmsetzungsberichtJob: " + e.getCause().getMessage());
            ausgang = 2;
        } finally {
            spark.stop();
        }
        System.exit(ausgang);
    }

    static int run(SparkSession spark, Auftrag auftrag, Zaehlgrundlage grundlage, PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        List<List<StatusSplit>> teile = new ArrayList<>();
        List<StatusSplit> alle = new ArrayList<>();
        for (String d : auftrag.dateien()) {
            List<StatusSplit> t = StatusDatasets.plan(spark, List.of(StatusFile.of(Path.of(d), format(d))),
                    auftrag.chunkSize());
            teile.add(t);
            alle.addAll(t);
        }
        long t1 = System.nanoTime();
        err.printf(Locale.ROOT, "planned %d parts in %.1f s%n", alle.size(), (t1 - t0) / 1e9);

        Umsetzungsbild bild = auftrag.aggregator()
                ? UmsetzungsmatrixAggregator.bild(StatusDatasets.rows(spark, alle), grundlage)
                : StatusDatasets.bild(spark, alle, grundlage);
        long t2 = System.nanoTime();
        err.printf(Locale.ROOT, "figures in %.1f s%n", (t2 - t1) / 1e9);

        List<Umsetzungsbericht.Statusdatei> dateien = new ArrayList<>();
        long datensaetze = 0;
        for (int i = 0; i < teile.size(); i++) {
            StatusDatasets.Bilanz bilanz = StatusDatasets.bilanz(spark, teile.get(i));
            String d = auftrag.dateien().get(i);
            dateien.add(new Umsetzungsbericht.Statusdatei(d, kennung(format(d)), bilanz.datensaetze(),
                    bilanz.abgewiesen(), true));
            datensaetze += bilanz.datensaetze();
        }
        long t3 = System.nanoTime();
        err.printf(Locale.ROOT, "counts in %.1f s%n", (t3 - t2) / 1e9);

        // partition after partition in file order: the driver holds one partition's findings at a time
        Pruefer<Umsetzungsstand> pruefer = Regelwerk.<Umsetzungsstand>of().withMaxBefundeProRegel(MAX_BEFUNDE_PRO_REGEL)
                .start();
        if (auftrag.befunde()) {
            // a few partitions per job, in file order: the executors work in parallel, and the driver
            // holds the findings of one batch at a time
            JavaRDD<BefundRow> rdd = StatusDatasets.befunde(spark, alle).javaRDD();
            int n = rdd.getNumPartitions();
            int stapel = Math.max(1, 2 * spark.sparkContext().defaultParallelism());
            for (int von = 0; von < n; von += stapel) {
                int[] ids = IntStream.range(von, Math.min(n, von + stapel)).toArray();
                for (List<BefundRow> teil : rdd.collectPartitions(ids)) {
                    teil.forEach(r -> pruefer.report(r.toBefund()));
                }
            }
            err.printf(Locale.ROOT, "findings in %.1f s%n", (System.nanoTime() - t3) / 1e9);
        }
        Pruefbericht p = pruefer.result();
        Pruefbericht bericht = Pruefbericht.of(p.befunde(), p.technischeFehler(), datensaetze, p.unterdrueckungen());
        // OzgJson.write closes its target; standard output stays open for the line end
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        OzgJson.write(new Umsetzungsbericht(bild.katalog(), bild.regel(), Optional.of(bild), Optional.empty(), bericht,
                dateien), json);
        out.write(json.toByteArray(), 0, json.size());
        out.println();
        out.flush();
        return bericht.hasErrors() ? 1 : 0;
    }

    static StatusFormat format(String datei) {
        String n = datei.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") ? StatusFormat.CSV : n.endsWith(".json") ? StatusFormat.JSON_ARRAY
                : StatusFormat.JSON_LINES;
    }

    private static String kennung(StatusFormat f) {
        return switch (f) {
            case CSV -> "status-csv";
            case JSON_ARRAY -> "status-json";
            case JSON_LINES -> "status-jsonl";
        };
    }
}
