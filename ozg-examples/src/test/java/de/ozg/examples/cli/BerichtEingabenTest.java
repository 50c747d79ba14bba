package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report is about: its inputs with format, records and Stand or Stichtage, the counting rule
 * once, the Stichtage as the comparison's column heads; and what it leaves out, and why, when data is
 * missing. A Stand is given or read from a document, never made up from a file date.
 */
class BerichtEingabenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path[] dateien() {
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Path alt = Testdateien.status(dir, "alt.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standAlt());
        Path neu = Testdateien.status(dir, "neu.csv", UmsetzungsstandWriter::csv, Testdateien.standNeu());
        return new Path[] {katalog, gebiete, alt, neu};
    }

    @Test
    void textNamesEveryInputAndTheRuleOnce() {
        Path[] d = dateien();
        Lauf lauf = ozg("report", "-q", "--katalog", d[0].toString(), "--katalog-stand", "31.12.2019", "--gebiete",
                d[1].toString(), "--stand", d[2].toString(), "--stand", d[3].toString());
        assertEquals(OzgCli.OK, lauf.exitCode(), lauf::err);
        List<String> zeilen = lauf.out().lines().toList();
        assertEquals("Eingaben", zeilen.get(0));
        String katalog = zeilen.stream().filter(l -> l.startsWith(d[0].toString())).findFirst().orElseThrow();
        assertTrue(katalog.matches(".*umsetzungskatalog-csv\\s+5\\s+0\\s+5\\s+Stand 31\\.12\\.2019 \\(aus "
                + "--katalog-stand\\)\\s+Stammdaten"), katalog);
        String gebiete = zeilen.stream().filter(l -> l.startsWith(d[1].toString())).findFirst().orElseThrow();
        assertTrue(gebiete.contains("gemeindeverzeichnis-csv") && gebiete.contains("Stand unbekannt (mit "
                + "--gebiete-stand angeben)"), gebiete);
        String alt = zeilen.stream().filter(l -> l.startsWith(d[2].toString())).findFirst().orElseThrow();
        assertTrue(alt.contains("status-jsonl") && alt.contains("Stichtag 31.01.2023"), alt);
        String neu = zeilen.stream().filter(l -> l.startsWith(d[3].toString())).findFirst().orElseThrow();
        assertTrue(neu.contains("status-csv") && neu.contains("Stichtag 31.05.2023"), neu);

        assertEquals(1, zeilen.stream().filter(l -> l.contains("dashboard-online")).count(),
                "the counting rule once: " + lauf.out());
        assertTrue(zeilen.stream().anyMatch(l -> l.matches("\\s+31\\.01\\.2023\\s+31\\.05\\.2023\\s+Änderung")),
                "the Stichtage head the comparison: " + lauf.out());
        assertTrue(lauf.out().contains("Abdeckung: Anteil der Paare"), "the column is explained");
    }

    @Test
    void standIsGivenOrFromTheDocumentNeverTheFileDate() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Files.setLastModifiedTime(katalog, FileTime.from(Instant.parse("2021-03-04T10:00:00Z")));
        Lauf ohne = ozg("report", "--katalog", katalog.toString());
        assertTrue(ohne.out().contains("Stand unbekannt (mit --katalog-stand angeben)"), ohne.out());
        assertFalse(ohne.out().contains("04.03.2021") || ohne.out().contains(LocalDate.now().toString()), ohne.out());
        JsonNode json = MAPPER.readTree(ozg("report", "--json", "--katalog", katalog.toString()).out());
        String stand = json.path("katalog").path("stand").asText();
        assertFalse(stand.equals("2021-03-04") || stand.equals(LocalDate.now().toString()), json::toString);

        JsonNode gegeben = MAPPER.readTree(ozg("report", "--json", "--katalog", katalog.toString(), "--katalog-stand",
                "2019-12-31").out());
        assertEquals("2019-12-31", gegeben.path("katalog").path("stand").asText());

        Path dokument = Testdateien.katalogJson(dir);
        Lauf ausDokument = ozg("report", "--katalog", dokument.toString());
        assertTrue(ausDokument.out().contains("Stand 31.12.2019 (aus dem Dokument)"), ausDokument.out());
        Lauf ueberschrieben = ozg("report", "--katalog", dokument.toString(), "--katalog-stand", "2020-06-30");
        assertTrue(ueberschrieben.out().contains("Stand 30.06.2020 (aus --katalog-stand)"), ueberschrieben.out());
        Lauf validate = ozg("validate", dokument.toString());
        assertTrue(validate.out().contains("  Stand 31.12.2019\n"), validate.out());

        Lauf falsch = ozg("report", "--katalog", katalog.toString(), "--katalog-stand", "31.02.2019");
        assertEquals(OzgCli.NUTZUNG, falsch.exitCode());
        assertTrue(falsch.err().startsWith("ozg: ungültiger Wert für --katalog-stand: '31.02.2019' ist kein Datum"),
                falsch.err());
    }

    @Test
    void withoutStatusDataTheFiguresThatNeedItAreLeftOutAndSaidWhy() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path html = dir.resolve("k.html");
        Lauf lauf = ozg("report", "--katalog", katalog.toString(), "--html", html.toString());
        assertTrue(lauf.out().contains("Ohne Statusdaten (--stand) zeigt der Bericht nur den Katalog"), lauf.out());
        assertFalse(lauf.out().contains("Kennzahlen je Land") || lauf.out().contains("OZG online"), lauf.out());
        String seite = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(seite.matches("(?s).*<text[^>]*>0 / \\d+</text>.*"), "no 0 / 30 bars without status data");
        assertTrue(seite.matches("(?s).*<text[^>]*>2</text>.*"), "the bars show the totals");
        assertTrue(seite.contains("Ohne Statusdaten"), "says why");
        assertFalse(seite.contains("OZG online"), "no online column");
    }

    @Test
    void anUnreadableCatalogueGivesNoFigures() throws IOException {
        Path latin1 = dir.resolve("katalog-latin1.csv");
        Files.writeString(latin1, Testdateien.zeilen(Testdateien.KATALOG_KOPF, Testdateien.KATALOG_ZEILEN),
                StandardCharsets.ISO_8859_1);
        Path html = dir.resolve("l.html");
        Lauf lauf = ozg("report", "--katalog", latin1.toString(), "--html", html.toString());
        assertEquals(OzgCli.FEHLER, lauf.exitCode());
        assertTrue(lauf.out().contains("Der Katalog " + latin1 + " enthält keine lesbare OZG-Leistung"), lauf.out());
        assertTrue(lauf.out().contains("ISO-8859-1"), "the reason: " + lauf.out());
        for (String text : List.of(lauf.out(), Files.readString(html, StandardCharsets.UTF_8))) {
            assertFalse(text.contains("0 OZG-Leistungen") || text.contains("ohne Arbeit &") || text.contains("Katalog je Themenfeld"),
                    text);
        }
        Lauf validate = ozg("validate", latin1.toString());
        assertFalse(validate.out().contains("KATALOG-KENNZAHLEN"), validate.out());
    }

    @Test
    void statusOfTheWrongKindIsAPlainUsageError() {
        Path katalog = Testdateien.katalog(dir);
        Lauf lauf = ozg("report", "--katalog", katalog.toString(), "--stand", katalog.toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertEquals("ozg: --stand " + katalog + ": ist umsetzungskatalog-csv, keine Statusdaten (erwartet status-csv, "
                + "status-jsonl oder status-json)\n", lauf.err());
        Lauf gebiete = ozg("report", "--katalog", Testdateien.gebiete(dir).toString());
        assertTrue(gebiete.err().contains("ist gemeindeverzeichnis-csv, kein Katalog"), gebiete.err());
        Lauf diff = ozg("diff", "--lang", "en", katalog.toString(), katalog.toString());
        assertTrue(diff.err().startsWith("ozg: ALT " + katalog + ": is umsetzungskatalog-csv, not status data"),
                diff.err());
    }

    @Test
    void anOutputIsNeverAnInput() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        String vorher = Files.readString(katalog);
        Lauf lauf = ozg("report", "--katalog", katalog.toString(), "--html", katalog.toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertEquals("ozg: die Ausgabe " + katalog + " ist zugleich die Eingabe " + katalog
                + " und würde sie überschreiben\n", lauf.err());
        assertEquals(vorher, Files.readString(katalog));
        assertEquals("", lauf.out());

        Path verweis = Files.createSymbolicLink(dir.resolve("bericht.html"), katalog);
        assertEquals(OzgCli.NUTZUNG, ozg("report", "--katalog", katalog.toString(), "--html", verweis.toString())
                .exitCode(), "the same file by another name");
        Path anders = dir.resolve("sub/../" + katalog.getFileName());
        Files.createDirectories(dir.resolve("sub"));
        assertEquals(OzgCli.NUTZUNG, ozg("report", "--katalog", katalog.toString(), "--html", anders.toString())
                .exitCode());
        assertEquals(vorher, Files.readString(katalog));

        Path gebiete = Testdateien.gebiete(dir);
        Lauf generate = ozg("generate", "--rows", "10", "--katalog", katalog.toString(), "--gebiete",
                gebiete.toString(), gebiete.toString());
        assertEquals(OzgCli.NUTZUNG, generate.exitCode());
        assertTrue(generate.err().contains("ist zugleich die Eingabe " + gebiete), generate.err());
        assertTrue(Files.readString(gebiete).startsWith(Testdateien.GV_KOPF));
    }
}
