package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozg validate} on crafted files of every format, in the human output. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private static void assertExit(int erwartet, Lauf lauf) {
        assertEquals(erwartet, lauf.exitCode(), () -> "out:\n" + lauf.out() + "\nerr:\n" + lauf.err());
    }

    @Test
    void cleanKatalogIsValidWithExitCode0() {
        Path katalog = Testdateien.katalog(dir);
        Lauf lauf = ozg("validate", katalog.toString());
        assertExit(OzgCli.OK, lauf);
        assertTrue(lauf.out().startsWith(katalog + " (umsetzungskatalog-csv)"), lauf.out());
        assertTrue(lauf.out().contains("5 Datensätze geprüft: 0 Fehler"), lauf.out());
        assertTrue(lauf.out().contains("Prüfbericht: gültig"), lauf.out());
        assertFalse(lauf.out().contains("FEHLER"), lauf.out());
        assertEquals("", lauf.err());
    }

    @Test
    void invalidOzgIdIsReportedAtItsPhysicalLineAndColumn() {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        // the first data row spans lines 2 and 3, so the Kindergeld row is on physical line 5
        assertEquals(5, Testdateien.zeileVon(katalog, "1000l"));
        Lauf lauf = ozg("validate", katalog.toString());
        assertExit(OzgCli.FEHLER, lauf);
        assertTrue(lauf.out().contains("FEHLER KATALOG-OZG-ID-FORMAT (1)"), lauf.out());
        assertTrue(lauf.out().contains("Zeile 5, Spalte OZG-ID [KATALOG-OZG-ID-FORMAT] Wert '1000l'"), lauf.out());
    }

    @Test
    void englishMessagesWithLangEn() {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        Lauf lauf = ozg("validate", "--lang", "en", katalog.toString());
        assertExit(OzgCli.FEHLER, lauf);
        assertTrue(lauf.out().contains("Validation report: invalid"), lauf.out());
        assertTrue(lauf.out().contains("ERROR KATALOG-OZG-ID-FORMAT (1)"), lauf.out());
        assertTrue(lauf.out().contains("line 5, column OZG-ID [KATALOG-OZG-ID-FORMAT] value '1000l': OZG-ID must"),
                lauf.out());
        assertFalse(lauf.out().contains("Zeile"), lauf.out());
        assertFalse(lauf.out().contains("Prüfbericht"), lauf.out());
    }

    @Test
    void gemeindeverzeichnisCleanAndWithABadSatzart() {
        Path gv = Testdateien.gebiete(dir);
        Lauf sauber = ozg("validate", gv.toString());
        assertExit(OzgCli.OK, sauber);
        assertTrue(sauber.out().contains("(gemeindeverzeichnis-csv)"), sauber.out());
        assertTrue(sauber.out().contains("12 Datensätze geprüft: 0 Fehler"), sauber.out());

        Testdateien.ersetze(gv, "60,61,05,1,12", "6x,61,05,1,12");
        Lauf kaputt = ozg("validate", gv.toString());
        assertExit(OzgCli.FEHLER, kaputt);
        assertTrue(kaputt.out().contains("Zeile 9, Spalte satzart"), kaputt.out());
    }

    @Test
    void statusCsvWithOneCorruptRow() {
        Path csv = Testdateien.status(dir, "stand.csv", UmsetzungsstandWriter::csv, Testdateien.standNeu());
        Lauf sauber = ozg("validate", csv.toString());
        assertExit(OzgCli.OK, sauber);
        assertTrue(sauber.out().contains("(status-csv)"), sauber.out());
        assertTrue(sauber.out().contains("4 Datensätze geprüft: 0 Fehler"), sauber.out());

        Testdateien.ersetze(csv, "051120000000", "05112000000X");
        Lauf kaputt = ozg("validate", csv.toString());
        assertExit(OzgCli.FEHLER, kaputt);
        assertTrue(kaputt.out().contains("Zeile 3, Spalte ars"), kaputt.out());
        assertTrue(kaputt.out().contains("'05112000000X'"), kaputt.out());
    }

    @Test
    void statusJsonLinesWithOneCorruptRow() {
        Path jsonl = Testdateien.status(dir, "stand.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standNeu());
        assertExit(OzgCli.OK, ozg("validate", jsonl.toString()));

        Testdateien.ersetze(jsonl, "051120000000", "05112000000X");
        Lauf kaputt = ozg("validate", jsonl.toString());
        assertExit(OzgCli.FEHLER, kaputt);
        assertTrue(kaputt.out().contains("(status-jsonl)"), kaputt.out());
        assertTrue(kaputt.out().contains("4 Datensätze geprüft: 1 Fehler"), "the bad row counts too: " + kaputt.out());
        assertTrue(kaputt.out().contains("Zeile 2"), kaputt.out());
        assertTrue(kaputt.out().contains("'05112000000X'"), kaputt.out());
    }

    @Test
    void statusJsonArrayWithOneCorruptRow() {
        Path json = Testdateien.status(dir, "stand.json", UmsetzungsstandWriter::jsonArray, Testdateien.standNeu());
        Lauf sauber = ozg("validate", json.toString());
        assertExit(OzgCli.OK, sauber);
        assertTrue(sauber.out().contains("(status-json)"), sauber.out());

        Testdateien.ersetze(json, "051120000000", "05112000000X");
        Lauf kaputt = ozg("validate", json.toString());
        assertExit(OzgCli.FEHLER, kaputt);
        assertTrue(kaputt.out().contains("/1/ars"), kaputt.out());
        assertTrue(kaputt.out().contains("'05112000000X'"), kaputt.out());
    }

    @Test
    void katalogJsonValidAndBroken() throws IOException {
        Path json = Testdateien.katalogJson(dir);
        Lauf sauber = ozg("validate", json.toString());
        assertExit(OzgCli.OK, sauber);
        assertTrue(sauber.out().contains("(katalog-json)"), sauber.out());
        assertTrue(sauber.out().contains("3 Datensätze geprüft: 0 Fehler"), sauber.out());

        String inhalt = Files.readString(json);
        Matcher m = Pattern.compile("\"10001\"").matcher(inhalt);
        assertTrue(m.find(), inhalt);
        Files.writeString(json, m.replaceFirst("\"1000l\""));
        Lauf kaputt = ozg("validate", json.toString());
        assertExit(OzgCli.FEHLER, kaputt);
        assertTrue(kaputt.out().contains("FEHLER JSON-DOKUMENT (1)"), kaputt.out());
        assertTrue(kaputt.out().contains("'1000l'"), kaputt.out());
    }

    @Test
    void severalFilesInOneCallExitWithTheWorstResult() {
        Path katalog = Testdateien.katalog(dir);
        Path gv = Testdateien.gebiete(dir);
        Path jsonl = Testdateien.status(dir, "stand.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standAlt());
        Lauf gut = ozg("validate", katalog.toString(), gv.toString(), jsonl.toString());
        assertExit(OzgCli.OK, gut);
        assertTrue(gut.out().indexOf("(umsetzungskatalog-csv)") < gut.out().indexOf("(gemeindeverzeichnis-csv)"),
                gut.out());
        assertTrue(gut.out().indexOf("(gemeindeverzeichnis-csv)") < gut.out().indexOf("(status-jsonl)"), gut.out());

        Testdateien.ersetze(gv, "60,61,05,1,12", "6x,61,05,1,12");
        Lauf schlecht = ozg("validate", katalog.toString(), gv.toString(), jsonl.toString());
        assertExit(OzgCli.FEHLER, schlecht);
        assertEquals(3, schlecht.out().lines().filter(l -> l.startsWith("  Prüfbericht: ")).count(), schlecht.out());
        assertEquals(1, schlecht.out().lines().filter(l -> l.equals("  Prüfbericht: ungültig")).count(),
                schlecht.out());
    }

    @Test
    void latin1FileNeedsTheCharsetOption() throws IOException {
        Path latin1 = dir.resolve("katalog-latin1.csv");
        Files.writeString(latin1, Testdateien.zeilen(Testdateien.KATALOG_KOPF, Testdateien.KATALOG_ZEILEN),
                StandardCharsets.ISO_8859_1);

        Lauf ohne = ozg("validate", latin1.toString());
        assertExit(OzgCli.FEHLER, ohne);
        assertTrue(ohne.out().contains("NICHT PRÜFBAR: "), ohne.out());
        assertTrue(ohne.out().contains("nicht prüfbar"), ohne.out());
        assertTrue(ohne.out().contains("Zeile 1"), "the header holds the first undecodable byte: " + ohne.out());
        assertTrue(ohne.out().contains("ISO-8859-1/Windows-1252?"), "hint at the charset: " + ohne.out());

        Lauf mit = ozg("validate", "--charset", "ISO-8859-1", latin1.toString());
        assertExit(OzgCli.OK, mit);
        assertTrue(mit.out().contains("5 Datensätze geprüft: 0 Fehler"), mit.out());
        assertFalse(mit.out().contains("NICHT PRÜFBAR"), mit.out());
    }
}
