package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.examples.cli.CliTestSupport.Lauf;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telling a file's format from its first bytes, in the charset of {@code --charset}: UTF-16 and UTF-32
 * files are named as such with the option that reads them, and that option then really reads them;
 * the header of an unknown file is shown as it reads, never as mojibake.
 */
class FormaterkennungTest {

    @TempDir
    Path dir;

    private Path katalogIn(String name, Charset zeichensatz, boolean bom) throws IOException {
        String text = (bom ? "\uFEFF" : "") + Testdateien.zeilen(Testdateien.KATALOG_KOPF, Testdateien.KATALOG_ZEILEN);
        return Files.write(dir.resolve(name), text.getBytes(zeichensatz));
    }

    @Test
    void utf16WithByteOrderMarkIsNamedAndReadWithCharsetUtf16() throws IOException {
        Path datei = katalogIn("katalog-utf16.csv", StandardCharsets.UTF_16LE, true);
        Lauf ohne = ozg("validate", datei.toString());
        assertEquals(OzgCli.NUTZUNG, ohne.exitCode());
        assertEquals("ozg: " + datei + ": unbekanntes Format: die Datei ist UTF-16LE-kodiert (Bytereihenfolgemarke); "
                + "mit --charset UTF-16 lesen\n", ohne.err());

        Lauf mit = ozg("validate", "--charset", "UTF-16", datei.toString());
        assertEquals(OzgCli.OK, mit.exitCode(), mit.out() + mit.err());
        assertTrue(mit.out().startsWith(datei + " (umsetzungskatalog-csv)"), mit.out());
        assertTrue(mit.out().contains("5 Datensätze geprüft: 0 Fehler"), mit.out());
    }

    @Test
    void utf16WithoutMarkAndUtf32AreNamedToo() throws IOException {
        Path be = katalogIn("katalog-be.csv", StandardCharsets.UTF_16BE, false);
        assertTrue(ozg("validate", be.toString()).err().contains("UTF-16BE-kodiert (Null-Bytes zwischen den Zeichen); "
                + "mit --charset UTF-16BE lesen"));
        Lauf gelesen = ozg("validate", "--charset", "UTF-16BE", be.toString());
        assertEquals(OzgCli.OK, gelesen.exitCode(), gelesen.out());

        Path utf32 = katalogIn("katalog-32.csv", Charset.forName("UTF-32LE"), false);
        assertTrue(ozg("validate", utf32.toString()).err().contains("UTF-32LE-kodiert"), "UTF-32");
        assertEquals(OzgCli.OK, ozg("validate", "--charset", "UTF-32LE", utf32.toString()).exitCode());

        Path report = katalogIn("k.csv", StandardCharsets.UTF_16LE, true);
        Lauf r = ozg("report", "--lang", "en", "--katalog", report.toString());
        assertTrue(r.err().startsWith("ozg: --katalog " + report + ": unknown format: the file is UTF-16LE-encoded"),
                r.err());
        assertEquals(OzgCli.OK, ozg("report", "--charset", "UTF-16", "--katalog", report.toString()).exitCode());
    }

    @Test
    void jsonInUtf16IsToldToBecomeUtf8() throws IOException {
        Path json = Testdateien.katalogJson(dir);
        Path utf16 = Files.write(dir.resolve("k16.json"), ("\uFEFF" + Files.readString(json))
                .getBytes(StandardCharsets.UTF_16LE));
        Lauf lauf = ozg("validate", "--charset", "UTF-16", utf16.toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertTrue(lauf.err().contains("JSON muss UTF-8 sein, die Datei ist UTF-16LE-kodiert; in UTF-8 umwandeln"),
                lauf.err());
    }

    @Test
    void unknownHeaderIsShownWithoutMojibake() throws IOException {
        Path utf8 = Files.writeString(dir.resolve("fremd.csv"), "Schlüssel;Größe;Maß\n1;2;3\n");
        Lauf lauf = ozg("validate", utf8.toString());
        assertTrue(lauf.err().contains("(Kopfzeile: Schlüssel;Größe;Maß)"), lauf.err());
        assertFalse(lauf.err().contains("Ã"), lauf.err());

        Path latin1 = Files.write(dir.resolve("fremd-latin1.csv"), "Schlüssel;Größe\n1;2\n".getBytes(StandardCharsets.ISO_8859_1));
        Lauf l1 = ozg("validate", latin1.toString());
        assertTrue(l1.err().contains("die Kopfzeile ist kein gültiges UTF-8 (als windows-1252 gelesen: Schlüssel;Größe)"),
                l1.err());
        assertTrue(l1.err().contains("--charset"), l1.err());
        Lauf l1mit = ozg("validate", "--charset", "windows-1252", latin1.toString());
        assertTrue(l1mit.err().contains("(Kopfzeile: Schlüssel;Größe)"), l1mit.err());
    }

    @Test
    void emptyWhitespaceAndBinaryFilesAreNamedSo() {
        assertEquals("format.leer", Formaterkennung.erkenne(new byte[0], "x.csv", StandardCharsets.UTF_8).grund().key());
        assertEquals("format.nurLeerraum",
                Formaterkennung.erkenne(" \n\t\n".getBytes(StandardCharsets.UTF_8), "x", StandardCharsets.UTF_8)
                        .grund().key());
        assertEquals("format.binaer", Formaterkennung.erkenne(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0},
                "x.zip", StandardCharsets.UTF_8).grund().key());
    }

    @Test
    void detectsEveryFormatFromItsContent() throws IOException {
        assertEquals(Dateiformat.UMSETZUNGSKATALOG_CSV, format(Testdateien.katalog(dir)));
        assertEquals(Dateiformat.GEMEINDEVERZEICHNIS_CSV, format(Testdateien.gebiete(dir)));
        assertEquals(Dateiformat.KATALOG_JSON, format(Testdateien.katalogJson(dir)));
        assertEquals(Dateiformat.STATUS_CSV, format(Testdateien.status(dir, "s.csv",
                de.ozg.json.UmsetzungsstandWriter::csv, Testdateien.standNeu())));
        Path jsonl = Testdateien.status(dir, "s.txt", de.ozg.json.UmsetzungsstandWriter::jsonLines,
                Testdateien.standNeu());
        assertEquals(Dateiformat.STATUS_JSONL, format(jsonl), "by its first row, whatever the name");
        assertEquals(Dateiformat.STATUS_JSON, format(Testdateien.status(dir, "s.json",
                de.ozg.json.UmsetzungsstandWriter::jsonArray, Testdateien.standNeu())));
    }

    private static Dateiformat format(Path datei) throws IOException {
        return Formaterkennung.erkenne(datei, StandardCharsets.UTF_8).format().orElseThrow();
    }
}
