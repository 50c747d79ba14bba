package de.ozg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Five million status rows through generator, JSON Lines, row reader and matrix in a JVM limited
 * to 256 MB of heap: the pipeline must stream, whatever the number of rows. Memory is asserted, not
 * time; a heap that grew with the rows ends the child with an OutOfMemoryError and a non-zero exit
 * code. Uses the real 2019 catalogue and Gemeindeverzeichnis when present.
 */
class NationalScaleTest {

    private static final long ZEILEN = 5_000_000;

    @Test
    void fuenfMillionenZeilenIn256MegabyteHeap() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Surefire may start tests from a manifest-only jar; its real class path is in this property.
        String klassenpfad = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> befehl = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", klassenpfad, NationalScaleLauf.class.getName(), Long.toString(ZEILEN), "2019"));
        String daten = System.getProperty("ozg.shared.data");
        if (daten != null) {
            befehl.add(daten);
        }
        Process p = new ProcessBuilder(befehl).redirectErrorStream(true).start();
        String ausgabe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "child did not end");
        assertEquals(0, p.exitValue(), () -> "child failed:\n" + ausgabe);
        Map<String, String> werte = new HashMap<>();
        ausgabe.lines().filter(l -> l.indexOf('=') > 0)
                .forEach(l -> werte.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        assertEquals(Long.toString(ZEILEN), werte.get("geschrieben"), ausgabe);
        assertEquals(Long.toString(ZEILEN), werte.get("zeilen"), ausgabe);
        long fehlerhaft = Long.parseLong(werte.get("fehlerhaft"));
        // 0.05 % broken rows by default: about 2,500, never none, never a large share
        assertTrue(fehlerhaft > 1_000 && fehlerhaft < 5_000, ausgabe);
        assertEquals(ZEILEN - fehlerhaft, Long.parseLong(werte.get("aggregiert")), ausgabe);
        assertEquals("16", werte.get("laender"), ausgabe);
        assertEquals("14", werte.get("themenfelder"), ausgabe);
        System.out.println("NationalScaleTest (" + werte.get("welt") + "): " + werte.get("bilanz"));
    }
}
