package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ozg validate} over several files, as CI runs it: every file is checked and reported even when
 * another cannot be read or placed, each cause is named, and the exit code is the worst over all
 * files.
 */
class BatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> json(Lauf lauf) throws IOException {
        List<JsonNode> objekte = new ArrayList<>();
        for (String zeile : lauf.out().lines().filter(l -> !l.isBlank()).toList()) {
            objekte.add(MAPPER.readTree(zeile));
        }
        return objekte;
    }

    private static JsonNode einzigerBefund(JsonNode bericht) {
        assertEquals(1, bericht.path("findings").size(), bericht::toString);
        return bericht.path("findings").get(0);
    }

    @Test
    void anUnrecognisedFileDoesNotStopTheOthers() throws IOException {
        Path gemeinden = Files.writeString(dir.resolve("gemeinden_ags_ars.csv"), "ags;ars;name\n15001000;150010000000;Dessau\n");
        Path katalog = Testdateien.katalog(dir);
        Lauf lauf = ozg("validate", "--json", gemeinden.toString(), katalog.toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode(), lauf::err);
        List<JsonNode> berichte = json(lauf);
        assertEquals(2, berichte.size(), lauf.out());
        assertEquals("unbekannt", berichte.get(0).path("format").asText());
        assertEquals("UNGUELTIG", berichte.get(0).path("verdict").asText());
        JsonNode befund = einzigerBefund(berichte.get(0));
        assertEquals("DATEI-FORMAT-UNBEKANNT", befund.path("rule").asText());
        assertTrue(befund.path("message").asText().contains("Kopfzeile: ags;ars;name"), befund::toString);
        assertEquals("umsetzungskatalog-csv", berichte.get(1).path("format").asText());
        assertEquals(5, berichte.get(1).path("records").asInt(), "the catalogue is checked all the same");
        assertEquals(List.of("ozg: " + gemeinden + ": " + befund.path("message").asText()), lauf.err().lines().toList());
    }

    @Test
    void exitCodeIsTheWorstOverAllFiles() {
        Path gut = Testdateien.katalog(dir);
        Path fehlerhaft = Testdateien.ersetze(Testdateien.gebiete(dir), "60,61,05,1,12", "6x,61,05,1,12");
        Path fehlt = dir.resolve("fehlt.csv");
        assertEquals(OzgCli.OK, ozg("validate", gut.toString()).exitCode());
        assertEquals(OzgCli.FEHLER, ozg("validate", gut.toString(), fehlerhaft.toString()).exitCode());
        assertEquals(OzgCli.FEHLER, ozg("validate", fehlerhaft.toString(), gut.toString()).exitCode());
        for (String[] reihenfolge : new String[][] {{gut.toString(), fehlerhaft.toString(), fehlt.toString()},
            {fehlt.toString(), gut.toString(), fehlerhaft.toString()}}) {
            List<String> args = new ArrayList<>(List.of("validate"));
            args.addAll(List.of(reihenfolge));
            Lauf lauf = ozg(args.toArray(String[]::new));
            assertEquals(OzgCli.NUTZUNG, lauf.exitCode(), lauf.out());
            assertEquals(3, lauf.out().lines().filter(l -> l.startsWith("  Prüfbericht: ")).count(), lauf.out());
            assertTrue(lauf.out().contains(fehlt + " (unbekannt)\n"), lauf.out());
            assertTrue(lauf.out().contains("FEHLER DATEI-NICHT-LESBAR (1)"), lauf.out());
        }
    }

    @Test
    void eachCauseIsNamed() throws IOException, InterruptedException {
        Path katalog = Testdateien.katalog(dir);
        Path fehlt = dir.resolve("fehlt.csv");
        Path verweis = Files.createSymbolicLink(dir.resolve("verweis.csv"), dir.resolve("weg.csv"));
        Lauf lauf = ozg("validate", "--json", fehlt.toString(), dir.toString(), verweis.toString(), "/dev/null",
                katalog.toString());
        List<JsonNode> b = json(lauf);
        assertEquals(5, b.size(), lauf.out());
        assertEquals("Datei nicht gefunden", einzigerBefund(b.get(0)).path("message").asText());
        assertEquals("ist ein Verzeichnis, keine Datei", einzigerBefund(b.get(1)).path("message").asText());
        assertTrue(einzigerBefund(b.get(2)).path("message").asText().startsWith("symbolischer Verweis"));
        assertEquals("ist eine Gerätedatei, keine gewöhnliche Datei", einzigerBefund(b.get(3)).path("message").asText());
        for (int i = 0; i < 4; i++) {
            assertEquals("DATEI-NICHT-LESBAR", einzigerBefund(b.get(i)).path("rule").asText());
            assertEquals("unbekannt", b.get(i).path("format").asText());
        }
        assertEquals("GUELTIG", b.get(4).path("verdict").asText());
        assertEquals(4, lauf.err().lines().count(), lauf.err());
        assertTrue(ozg("validate", "--lang", "en", dir.toString()).out().contains("is a directory, not a file"));

        Path fifo = dir.resolve("rohr");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
        Lauf rohr = ozg("validate", fifo.toString());
        assertEquals(OzgCli.NUTZUNG, rohr.exitCode());
        assertTrue(rohr.err().contains("ist eine benannte Pipe (FIFO), keine Datei"), rohr.err());
    }

    @Test
    void noPermissionToRead() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Files.setPosixFilePermissions(katalog, PosixFilePermissions.fromString("-w-------"));
        try {
            assumeTrue(!Files.isReadable(katalog), "running as a user who may read every file (root)");
            Lauf lauf = ozg("validate", katalog.toString());
            assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
            assertEquals("ozg: " + katalog + ": keine Leseberechtigung\n", lauf.err());
        } finally {
            Files.setPosixFilePermissions(katalog, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void formatOverridesDetectionForEveryFile() throws IOException {
        // a JSON Lines file whose first row is broken and whose name does not say .jsonl
        Path stand = Testdateien.status(dir, "stand.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standNeu());
        Path txt = Files.writeString(dir.resolve("lieferung.txt"), "{\"ars\":\"15001\n" + Files.readString(stand));
        Lauf erkannt = ozg("validate", txt.toString());
        assertEquals(OzgCli.NUTZUNG, erkannt.exitCode(), erkannt.out());
        assertTrue(erkannt.out().contains("DATEI-FORMAT-UNBEKANNT"), erkannt.out());

        Lauf genannt = ozg("validate", "--format", "status-jsonl", txt.toString(), stand.toString());
        assertEquals(OzgCli.FEHLER, genannt.exitCode(), genannt.out());
        assertTrue(genannt.out().contains(txt + " (status-jsonl)"), genannt.out());
        assertTrue(genannt.out().contains("5 Datensätze geprüft: 1 Fehler"), "the broken first line counts: " + genannt.out());
        assertTrue(genannt.out().contains(stand + " (status-jsonl)"), genannt.out());

        // the format applies to every file: a catalogue read as status data fails its rules, no guessing
        Lauf falsch = ozg("validate", "--json", "--format", "status-csv", Testdateien.katalog(dir).toString());
        JsonNode k = json(falsch).get(0);
        assertEquals("status-csv", k.path("format").asText());
        assertEquals(OzgCli.FEHLER, falsch.exitCode());

        Lauf unbekannt = ozg("validate", "--format", "excel", txt.toString());
        assertEquals(OzgCli.NUTZUNG, unbekannt.exitCode());
        assertTrue(unbekannt.err().startsWith("ozg: ungültiger Wert für --format: unbekanntes Format 'excel' "
                + "(umsetzungskatalog-csv, gemeindeverzeichnis-csv, status-csv"), unbekannt.err());
    }

    @Test
    void fileRulesCanBeSwitchedOffOrRerated() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path notiz = Files.writeString(dir.resolve("notiz.txt"), "Einkaufsliste\n");
        Lauf aus = ozg("validate", "--json", "--ohne", "DATEI-FORMAT-UNBEKANNT", notiz.toString(), katalog.toString());
        assertEquals(OzgCli.OK, aus.exitCode(), aus.out() + aus.err());
        assertEquals(List.of("umsetzungskatalog-csv"), json(aus).stream().map(n -> n.path("format").asText()).toList());
        assertEquals("", aus.err());

        Lauf warnung = ozg("validate", "--json", "--severity", "DATEI-FORMAT-UNBEKANNT=WARNING", notiz.toString());
        assertEquals(OzgCli.OK, warnung.exitCode());
        assertEquals("WARNING", einzigerBefund(json(warnung).get(0)).path("severity").asText());
        assertEquals("GUELTIG_MIT_WARNUNGEN", json(warnung).get(0).path("verdict").asText());
    }

    @Test
    void everyFileIsCheckedByOneIndependentCall() {
        // the batch loop must stay parallelisable: checking a file does not depend on the others
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Dateipruefung p = new Dateipruefung(java.nio.charset.StandardCharsets.UTF_8, java.util.Optional.empty(),
                Regelauswahl.standard(), java.util.Optional.empty(), java.util.Optional.empty());
        Dateipruefung.Ergebnis einzeln = p.pruefe(gebiete, n -> { });
        p.pruefe(katalog, n -> { });
        Dateipruefung.Ergebnis danach = p.pruefe(gebiete, n -> { });
        assertEquals(einzeln.bericht(), danach.bericht());
        assertFalse(einzeln.uebergangen());
        assertEquals(OzgCli.OK, einzeln.ausgang());
    }
}
