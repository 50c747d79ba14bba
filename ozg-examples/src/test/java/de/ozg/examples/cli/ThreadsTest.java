package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.OzgJson;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads}: {@code validate}, {@code report} and {@code diff} print the same bytes and
 * exit with the same code with one thread and with several, on status files of several MiB (so
 * they are really read in parts) with broken lines, unknown keys and, in CSV, quoted cells that
 * span lines.
 */
class ThreadsTest {

    @TempDir
    static Path dir;
    static Path katalog;
    static Path altJsonl;
    static Path neuJsonl;
    static Path neuCsv;

    @BeforeAll
    static void dateien() throws IOException {
        Beispiele b = Beispiele.ofSeed(17);
        OzgKatalog k = b.katalog().katalog(120);
        Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis(8, 20);
        katalog = dir.resolve("katalog.json");
        try (OutputStream out = Files.newOutputStream(katalog)) {
            OzgJson.writeKatalog(k, out);
        }
        Beispiele zeilen = Beispiele.ofSeed(23);
        altJsonl = schreibe("alt.jsonl", UmsetzungsstandWriter::jsonLines, zeilen, k, v, LocalDate.of(2023, 1, 31), 2,
                "{\"schluessel\":\"99041006013000\",\"ars\":\"15\n{\"schluessel\":\"9904100601300\",\"ars\":"
                        + "\"150020000000\",\"stichtag\":\"2023-05-31\",\"online\":true}\n");
        neuJsonl = schreibe("neu.jsonl", UmsetzungsstandWriter::jsonLines, zeilen, k, v, LocalDate.of(2023, 4, 30), 2,
                "{\"schluessel\":\"99041006013000\",\"online\":\"ja\"}\n");
        // a URL with line breaks inside a quoted cell: a record over three physical lines
        neuCsv = schreibe("neu.csv", UmsetzungsstandWriter::csv, zeilen, k, v, LocalDate.of(2023, 4, 30), 2,
                "\"99041006013000\";;\"150020000000\";;;\"\";;\"https://a\nb\nc\";online;ja;;2023-04-30;V1:3\n");
        for (Path p : List.of(altJsonl, neuJsonl, neuCsv)) {
            assertTrue(Files.size(p) > 3L << 20, () -> p + " has " + p.toFile().length() + " bytes, too few for parts");
        }
    }

    /** Rows of a few Stichtage, with a broken record after every 3,000th row. */
    private static Path schreibe(String name, Function<OutputStream, UmsetzungsstandWriter> form, Beispiele b,
            OzgKatalog k, Gebietsverzeichnis v, LocalDate ab, int stichtage, String kaputt) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
                UmsetzungsstandWriter w = form.apply(out)) {
            for (int s = 0; s < stichtage; s++) {
                long[] n = {0};
                List<Umsetzungsstand> stand = new ArrayList<>();
                b.status().umsetzungsstaende(k, v, ab.plusMonths(s)).forEach(stand::add);
                for (Umsetzungsstand z : stand) {
                    w.write(z);
                    if (++n[0] % 3_000 == 0) {
                        w.flush();
                        try {
                            out.write(kaputt.getBytes(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
        }
        return p;
    }

    private static void gleich(String... args) {
        gleich(List.of("2"), args);
    }

    private static void gleich(List<String> threads, String... args) {
        List<String> eins = new ArrayList<>(List.of(args));
        eins.add(1, "--threads=1");
        eins.add(2, "-q");
        Lauf sequentiell = ozg(eins.toArray(String[]::new));
        for (String n : threads) {
            List<String> mehr = new ArrayList<>(eins);
            mehr.set(1, "--threads=" + n);
            Lauf parallel = ozg(mehr.toArray(String[]::new));
            assertEquals(sequentiell.out(), parallel.out(), () -> "stdout of " + mehr);
            assertEquals(sequentiell.err(), parallel.err(), () -> "stderr of " + mehr);
            assertEquals(sequentiell.exitCode(), parallel.exitCode(), () -> "exit code of " + mehr);
        }
        assertTrue(sequentiell.out().length() > 200, sequentiell::out);
    }

    @Test
    void validateIsTheSameWithOneAndSeveralThreads() {
        gleich(List.of("2", "3"), "validate", "--alle", altJsonl.toString(), neuCsv.toString(), neuJsonl.toString());
        gleich("validate", "--json", neuCsv.toString());
        // the same file twice: each copy gets its own findings
        gleich("validate", "--json", altJsonl.toString(), altJsonl.toString());
    }

    @Test
    void validateFindsTheBrokenRecordsAtTheirPhysicalLines() {
        Lauf lauf = ozg("validate", "--threads=2", "--json", "--lang=en", neuCsv.toString());
        assertEquals(OzgCli.FEHLER, lauf.exitCode(), lauf::err);
        // the first inserted URL record starts after the header and 3,000 rows
        assertTrue(lauf.out().contains("\"line\":3002"), () -> lauf.out().substring(0, 2000));
    }

    @Test
    void reportIsTheSameWithOneAndSeveralThreads() {
        gleich("report", "--json", "--katalog", katalog.toString(), "--stand", altJsonl.toString(), "--stand",
                neuCsv.toString());
        gleich("report", "--katalog", katalog.toString(), "--stand", neuJsonl.toString(), "--stand",
                neuCsv.toString());
    }

    @Test
    void diffIsTheSameWithOneAndSeveralThreads() {
        gleich("diff", "--json", altJsonl.toString(), neuCsv.toString());
        gleich("diff", neuJsonl.toString(), altJsonl.toString());
    }

    @Test
    void aThreadCountOutOfRangeIsAUsageError() {
        for (String n : List.of("0", "-1", "zwei", "100000")) {
            Lauf lauf = ozg("validate", "--threads", n, altJsonl.toString());
            assertEquals(OzgCli.NUTZUNG, lauf.exitCode(), lauf::err);
            assertTrue(lauf.err().contains("--threads erwartet eine ganze Zahl von 1 bis 256, war: '" + n + "'"),
                    lauf::err);
            assertEquals("", lauf.out());
        }
    }
}
