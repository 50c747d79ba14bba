package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.examples.cli.CliTestSupport.Lauf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User mistakes end with exit code 2 and exactly one line "ozg: …" on standard error, no stack
 * trace and nothing on standard output; {@code --debug} adds the stack trace.
 */
class NutzungsfehlerTest {

    @TempDir
    Path dir;

    private static Lauf einzeiler(String... args) {
        Lauf lauf = ozg(args);
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode(), () -> lauf.out() + lauf.err());
        assertEquals(1, lauf.err().lines().count(), lauf.err());
        assertTrue(lauf.err().startsWith("ozg: "), lauf.err());
        assertFalse(lauf.err().contains("\tat "), lauf.err());
        assertFalse(lauf.err().contains("Exception"), "a message, not an exception name: " + lauf.err());
        assertEquals("", lauf.out());
        return lauf;
    }

    @Test
    void missingFile() {
        Path fehlt = dir.resolve("gibt-es-nicht.csv");
        Lauf lauf = einzeiler("report", "--katalog", fehlt.toString());
        assertTrue(lauf.err().contains(fehlt + ": Datei nicht gefunden"), lauf.err());
        assertTrue(einzeiler("report", "--katalog", Testdateien.katalog(dir).toString(), "--stand", fehlt.toString())
                .err().contains("--stand " + fehlt + ": Datei nicht gefunden"));
        einzeiler("diff", fehlt.toString(), fehlt.toString());
    }

    @Test
    void directoryIsNotAFile() {
        Lauf lauf = einzeiler("report", "--katalog", dir.toString());
        assertTrue(lauf.err().contains(dir + ": ist ein Verzeichnis, keine Datei"), lauf.err());
    }

    @Test
    void pngIsAnUnknownFormat() throws IOException {
        Path png = dir.resolve("bild.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89});
        Lauf lauf = einzeiler("report", "--katalog", png.toString());
        assertTrue(lauf.err().contains("unbekanntes Format: eine Binärdatei"), lauf.err());
        assertTrue(lauf.err().contains(png.toString()), lauf.err());
    }

    @Test
    void randomTextAndForeignJsonAreUnknownFormats() throws IOException {
        Path text = Files.writeString(dir.resolve("notizen.txt"), "Einkaufsliste\nMilch, Brot\n");
        assertTrue(einzeiler("report", "--katalog", text.toString()).err().contains("(Kopfzeile: Einkaufsliste)"));
        Path json = Files.writeString(dir.resolve("fremd.json"), "{\"hallo\": \"welt\"}\n");
        assertTrue(einzeiler("report", "--katalog", json.toString()).err().contains("unbekanntes Format"));
        Path leer = Files.writeString(dir.resolve("leer.csv"), "");
        assertTrue(einzeiler("report", "--katalog", leer.toString()).err().contains("die Datei ist leer"));
    }

    @Test
    void unknownFormatAsKatalogOfReport() throws IOException {
        Path text = Files.writeString(dir.resolve("notizen.txt"), "Einkaufsliste\nMilch, Brot\n");
        einzeiler("report", "--katalog", text.toString());
    }

    @Test
    void badOptionsAndValues() {
        Path katalog = Testdateien.katalog(dir);
        assertTrue(einzeiler("validate", "--bogus", katalog.toString()).err().contains("--bogus"));
        einzeiler("validate", "--lang", "fr", katalog.toString());
        assertTrue(einzeiler("validate", "--charset", "KEIN-ZEICHENSATZ", katalog.toString()).err()
                .contains("unbekannter Zeichensatz 'KEIN-ZEICHENSATZ'"));
        einzeiler("report", "--katalog", katalog.toString(), "--charset", "latin 1");
        einzeiler("validate");
        einzeiler("report", "--katalog");
        einzeiler("frobnicate");
        einzeiler();
    }

    @Test
    void reportWithoutKatalog() {
        Lauf lauf = einzeiler("report", "--stand", Testdateien.gebiete(dir).toString());
        assertTrue(lauf.err().contains("--katalog"), lauf.err());
    }

    @Test
    void debugShowsTheStackTraceAfterTheSameLine() {
        Path fehlt = dir.resolve("fehlt.csv");
        Lauf ohne = einzeiler("report", "--katalog", fehlt.toString());
        for (String[] args : new String[][] {{"report", "--debug", "--katalog", fehlt.toString()},
            {"--debug", "report", "--katalog", fehlt.toString()}, {"report", "--debug"}}) {
            Lauf mit = ozg(args);
            assertEquals(OzgCli.NUTZUNG, mit.exitCode(), mit.err());
            assertTrue(mit.err().startsWith("ozg: "), mit.err());
            assertTrue(mit.err().contains("\tat "), "stack trace with --debug: " + mit.err());
        }
        assertTrue(ozg("report", "--debug", "--katalog", fehlt.toString()).err().startsWith(ohne.err()));
    }

    @Test
    void helpAndVersionAreNoMistakes() {
        Lauf hilfe = ozg("validate", "--help");
        assertEquals(OzgCli.OK, hilfe.exitCode());
        assertTrue(hilfe.out().contains("--charset"), hilfe.out());
        Lauf version = ozg("--version");
        assertEquals(OzgCli.OK, version.exitCode());
        assertTrue(version.out().startsWith("ozg "), version.out());
    }
}
