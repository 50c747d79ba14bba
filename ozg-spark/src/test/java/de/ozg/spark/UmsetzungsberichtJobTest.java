package de.ozg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ozg.json.StatusFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: what it accepts, and the precise message for what it refuses. */
class UmsetzungsberichtJobTest {

    @TempDir
    Path dir;

    private String datei(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x").toString();
    }

    private String fehler(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> UmsetzungsberichtJob.Auftrag.parse(args))
                .getMessage();
    }

    @Test
    void aFullCommandLine() throws IOException {
        String k = datei("k.csv");
        String g = datei("g.csv");
        String s = datei("s.jsonl");
        String c = datei("s.CSV");
        UmsetzungsberichtJob.Auftrag a = UmsetzungsberichtJob.Auftrag.parse(new String[] {"--katalog", k, "--gebiete", g,
            "--regel", "ozg-konform", "--chunk-mib", "16", "--ohne-befunde", "--aggregator", s, c});
        assertEquals(new UmsetzungsberichtJob.Auftrag(k, g, "ozg-konform", 16L << 20, false, true, List.of(s, c)), a);
        assertEquals(StatusFormat.JSON_LINES, UmsetzungsberichtJob.format(s));
        assertEquals(StatusFormat.CSV, UmsetzungsberichtJob.format(c));
        assertEquals(StatusFormat.JSON_ARRAY, UmsetzungsberichtJob.format("stand.json"));
        UmsetzungsberichtJob.Auftrag standard = UmsetzungsberichtJob.Auftrag.parse(new String[] {s, "--katalog", k,
            "--gebiete", g});
        assertEquals(new UmsetzungsberichtJob.Auftrag(k, g, "dashboard-online", 64L << 20, true, false, List.of(s)), standard);
    }

    @Test
    void everyMistakeIsNamed() throws IOException {
        String k = datei("k.csv");
        String g = datei("g.csv");
        String s = datei("s.jsonl");
        assertEquals("--katalog and --gebiete are required", fehler("--gebiete", g, s));
        assertEquals("no status file given", fehler("--katalog", k, "--gebiete", g));
        assertEquals("unknown option '--stand'", fehler("--katalog", k, "--gebiete", g, "--stand", s));
        assertEquals("--regel expects a value", fehler("--katalog", k, "--gebiete", g, s, "--regel"));
        for (String n : List.of("0", "2000", "viel")) {
            assertEquals("--chunk-mib expects a whole number from 1 to 1024, was: '" + n + "'",
                    fehler("--katalog", k, "--gebiete", g, "--chunk-mib", n, s));
        }
        String fehlt = dir.resolve("fehlt.jsonl").toString();
        assertEquals("cannot read status file '" + fehlt + "'", fehler("--katalog", k, "--gebiete", g, fehlt));
        assertEquals("cannot read status file '" + dir + "'", fehler("--katalog", k, "--gebiete", g, dir.toString()));
        assertEquals("cannot read '" + fehlt + "'", fehler("--katalog", fehlt, "--gebiete", g, s));
    }
}
