package de.ozg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output redirected into an input file ({@code ozg validate --json k.csv >> k.csv}) is
 * refused before anything is written: the tool runs in a child JVM whose standard output is that file.
 */
class StandardausgabeTest {

    @TempDir
    Path dir;

    private static Process ozg(Path stdout, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String klassenpfad = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> befehl = new ArrayList<>(List.of(java, "-cp", klassenpfad, OzgCli.class.getName()));
        befehl.addAll(List.of(args));
        return new ProcessBuilder(befehl).redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    @Test
    void standardOutputIntoAnInputIsRefused() throws IOException, InterruptedException {
        assumeTrue(Files.exists(Path.of("/proc/self/fd/1")), "the system does not show where standard output goes");
        Path katalog = Testdateien.katalog(dir);
        byte[] vorher = Files.readAllBytes(katalog);
        Process p = ozg(katalog, "validate", "--json", katalog.toString());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(OzgCli.NUTZUNG, p.exitValue(), err);
        assertEquals("ozg: die Standardausgabe führt in die Eingabe " + katalog + " und würde sie überschreiben (mit > "
                + "hat die Shell sie womöglich schon geleert)", err.strip());
        assertEquals(new String(vorher, StandardCharsets.UTF_8), Files.readString(katalog));

        Path andere = dir.resolve("ausgabe.jsonl");
        Process ok = ozg(andere, "validate", "--json", katalog.toString());
        ok.getErrorStream().readAllBytes();
        assertTrue(ok.waitFor(60, TimeUnit.SECONDS));
        assertEquals(OzgCli.OK, ok.exitValue());
        assertTrue(Files.readString(andere).contains("\"format\":\"umsetzungskatalog-csv\""));
    }
}
