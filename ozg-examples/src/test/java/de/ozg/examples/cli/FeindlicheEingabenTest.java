package de.ozg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.validation.status.StatusRules;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile status inputs through the real command line in a child JVM with 128 MB of heap: a 200 MB
 * line, deep nesting, a duplicate header field, control characters, and exact record counts — no
 * OutOfMemoryError, the same result when a file is read twice in one JVM. And what the tool makes of
 * a heap or stack that does run out: one line, exit code 2.
 */
class FeindlicheEingabenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String GUT = "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\","
            + "\"stichtag\":\"2023-05-31\",\"online\":true}";
    private static final long MB200 = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    record Kind(int code, String out, String err) {
    }

    private static Kind kind(String heap, String klasse, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String klassenpfad = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> befehl = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xss512k", "-cp", klassenpfad, klasse));
        befehl.addAll(List.of(args));
        Path aus = Files.createTempFile("ozg-kind", ".out");
        Path fehler = Files.createTempFile("ozg-kind", ".err");
        try {
            Process p = new ProcessBuilder(befehl).redirectOutput(aus.toFile()).redirectError(fehler.toFile()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child did not end");
            return new Kind(p.exitValue(), Files.readString(aus), Files.readString(fehler));
        } finally {
            Files.deleteIfExists(aus);
            Files.deleteIfExists(fehler);
        }
    }

    /** A file of {@code vor}, then {@code laenge} bytes of {@code fuell}, then {@code nach}, written in constant memory. */
    private Path gross(String name, String vor, char fuell, long laenge, String nach) throws IOException {
        Path p = dir.resolve(name);
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) fuell);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            out.write(vor.getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < laenge; n += block.length) {
                out.write(block, 0, (int) Math.min(block.length, laenge - n));
            }
            out.write(nach.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private Path klein(String name, String inhalt) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, inhalt, StandardCharsets.UTF_8);
        return p;
    }

    /** The expected outcome of one file. */
    record Fall(Path datei, long records, long rejected, String regel) {
    }

    @Test
    void hostileFilesIn128MegabytesWithExactCountsAndTheSameResultTwice() throws IOException, InterruptedException {
        String tief = "[".repeat(100_000) + "]".repeat(100_000);
        List<Fall> faelle = List.of(
                new Fall(gross("lang.jsonl", GUT + "\n{\"url\":\"", 'a', MB200, "\"}\n" + GUT + "\n"), 3, 1,
                        StatusRules.GRENZE),
                new Fall(gross("lang.json", "[" + GUT + ",{\"url\":\"", 'a', MB200, "\"}]"), 2, 1, StatusRules.GRENZE),
                new Fall(klein("tief.jsonl", GUT + "\n" + tief + "\n{\"x\":" + tief + "}\n" + GUT + "\n"), 4, 2,
                        StatusRules.GRENZE),
                new Fall(klein("tief.json", "{\"format\":\"ozg-umsetzungsstand\",\"version\":1,\"stichtag\":\"2024-01-31\","
                        + "\"zeilen\":[" + GUT + "," + tief + "]}"), 2, 1, StatusRules.GRENZE),
                new Fall(klein("doppelt.json", "{\"format\":\"ozg-umsetzungsstand\",\"version\":1,\"stichtag\":\"2024-01-31\","
                        + "\"stichtag\":\"2025-01-31\",\"zeilen\":[" + GUT + "]}"), 1, 0, StatusRules.FELD_DOPPELT),
                new Fall(klein("steuer.jsonl", GUT.replace("}", ",\"\\u001B]0;x\\u0007\\u009B\\u202E\":1}") + "\n"
                        + GUT + "\n"), 2, 1, StatusRules.FELD_UNBEKANNT),
                new Fall(klein("zaehlen.jsonl", GUT + "\n\n  \n" + GUT.replace("true", "1") + "\n[]\n" + GUT + " " + GUT
                        + "\n" + GUT.substring(0, 20) + "\n" + GUT), 6, 4, StatusRules.JSON_SYNTAX));
        List<String> args = new ArrayList<>(List.of("validate", "--json", "-q"));
        for (Fall f : faelle) {
            args.add(f.datei().toString());
            args.add(f.datei().toString());
        }
        Kind k = kind("128m", OzgCli.class.getName(), args.toArray(String[]::new));
        assertEquals(OzgCli.FEHLER, k.code(), k::err);
        assertFalse(k.err().contains("OutOfMemoryError") || k.err().contains("Exception"), k::err);
        List<String> zeilen = k.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2 * faelle.size(), zeilen.size(), k::out);
        for (int i = 0; i < faelle.size(); i++) {
            Fall f = faelle.get(i);
            assertEquals(zeilen.get(2 * i), zeilen.get(2 * i + 1), "read twice: " + f.datei());
            JsonNode j = MAPPER.readTree(zeilen.get(2 * i));
            assertEquals(f.records(), j.path("records").asLong(), () -> f + ": " + j);
            assertEquals(f.rejected(), j.path("rejected").asLong(), () -> f + ": " + j);
            assertTrue(j.path("findings").findValuesAsText("rule").contains(f.regel()), () -> f + ": " + j);
            for (int c : zeilen.get(2 * i).codePoints().toArray()) {
                assertFalse(de.ozg.core.SafeText.isUnsafe(c), "raw control character in " + zeilen.get(2 * i));
            }
        }
    }

    @Test
    void outOfMemoryIsOneLineWithExitCode2() throws IOException, InterruptedException {
        Kind k = kind("48m", RessourcenLauf.class.getName(), "speicher");
        assertEquals(OzgCli.NUTZUNG, k.code(), () -> k.out() + k.err());
        assertTrue(k.err().startsWith("ozg: nicht genug Arbeitsspeicher"), k::err);
        assertEquals(1, k.err().lines().count(), k::err);
        assertFalse(k.err().contains("\tat "), k::err);

        Kind debug = kind("48m", RessourcenLauf.class.getName(), "--debug", "speicher");
        assertEquals(OzgCli.NUTZUNG, debug.code());
        assertTrue(debug.err().contains("java.lang.OutOfMemoryError"), "the stack trace with --debug");
    }

    @Test
    void stackOverflowIsOneLineWithExitCode2() throws IOException, InterruptedException {
        Kind k = kind("64m", RessourcenLauf.class.getName(), "stapel");
        assertEquals(OzgCli.NUTZUNG, k.code(), () -> k.out() + k.err());
        assertTrue(k.err().startsWith("ozg: Stapelüberlauf"), k::err);
        assertEquals(1, k.err().lines().count(), k::err);
    }

    @Test
    void theRealCommandLineToo() throws IOException, InterruptedException {
        Path fehlt = dir.resolve("fehlt" + File.separator + "x.jsonl");
        Kind k = kind("64m", OzgCli.class.getName(), "validate", fehlt.toString());
        assertEquals(OzgCli.NUTZUNG, k.code(), k::err);
        assertEquals(1, k.err().lines().count(), k::err);
    }
}
