package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every data record of a status input is counted exactly once: in {@code report --json} the parts of
 * {@code zeilen} add up to {@code gesamt}, the number of records read, rejected ones included; in
 * {@code validate --json} {@code records} is that number too.
 */
class ZeilenbilanzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(Lauf lauf) throws IOException {
        List<String> zeilen = lauf.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, zeilen.size(), lauf.out() + lauf.err());
        return MAPPER.readTree(zeilen.get(0));
    }

    /** Asserts the partition and returns the node. */
    static JsonNode bilanz(JsonNode bericht) {
        JsonNode z = bericht.path("zeilen");
        long teile = z.path("abgewiesen").asLong() + z.path("online").asLong() + z.path("offline").asLong()
                + z.path("inaktiv").asLong() + z.path("nichtOk").asLong();
        for (JsonNode n : z.path("nichtZugeordnet")) {
            teile += n.path("zeilen").asLong();
        }
        assertEquals(z.path("gesamt").asLong(), teile, z::toString);
        assertTrue(z.has("abgewiesen"), z::toString);
        return z;
    }

    private List<String> welt() {
        String daten = System.getProperty("ozg.shared.data");
        Path katalog = daten == null ? null : Path.of(daten, "kdn-nrw-ozg-katalog-2019", "umsetzungskatalog-2019.csv");
        Path gebiete = daten == null ? null : Path.of(daten, "destatis-gemeindeverzeichnis", "AuszugGV4QAktuell.csv");
        if (katalog != null && Files.isRegularFile(katalog) && Files.isRegularFile(gebiete)) {
            return List.of("--katalog", katalog.toString(), "--gebiete", gebiete.toString());
        }
        System.out.println("ZeilenbilanzTest: real data not available, generated world used");
        return List.of();
    }

    @Test
    void generatedRowsWithUnknownKeysAndBrokenRowsAddUp() throws IOException {
        List<String> welt = welt();
        for (String format : List.of("jsonl", "csv")) {
            Path stand = dir.resolve("stand." + format);
            List<String> erzeugen = new ArrayList<>(List.of("generate", "--rows", "20000", "--unbekannt", "5",
                    "--fehlerhaft", "5", "--seed", "3", "--format", format, "-q"));
            erzeugen.addAll(welt);
            erzeugen.add(stand.toString());
            Lauf g = ozg(erzeugen.toArray(String[]::new));
            assertEquals(OzgCli.OK, g.exitCode(), g::err);
            Path katalog;
            Path gebiete;
            if (welt.isEmpty()) {
                katalog = Testdateien.katalog(dir);
                gebiete = Testdateien.gebiete(dir);
                // the generated world is not on disk: only the count of records is checked here
                JsonNode b = json(ozg("report", "--json", "-q", "--katalog", katalog.toString(), "--gebiete",
                        gebiete.toString(), "--stand", stand.toString()));
                assertEquals(20_000, bilanz(b).path("gesamt").asLong());
                continue;
            }
            katalog = Path.of(welt.get(1));
            gebiete = Path.of(welt.get(3));
            JsonNode b = json(ozg("report", "--json", "-q", "--katalog", katalog.toString(), "--gebiete",
                    gebiete.toString(), "--stand", stand.toString()));
            JsonNode z = bilanz(b);
            assertEquals(20_000, z.path("gesamt").asLong(), format + ": " + z);
            long abgewiesen = z.path("abgewiesen").asLong();
            assertTrue(abgewiesen > 800 && abgewiesen < 1_200, format + ": 5 % broken rows: " + z);
            assertEquals(1, z.path("dateien").size());
            assertEquals(20_000, z.path("dateien").get(0).path("gesamt").asLong());
            assertEquals(abgewiesen, z.path("dateien").get(0).path("abgewiesen").asLong());

            JsonNode v = json(ozg("validate", "--json", "-q", stand.toString()));
            assertEquals(20_000, v.path("records").asLong(), format);
            assertEquals(abgewiesen, v.path("rejected").asLong(), format);
        }
    }

    /** A JSON Lines file whose every line has a known fate. */
    private Path handgemacht() {
        String gut = "{\"schluessel\":\"" + Testdateien.ELTERNGELD + "\",\"ars\":\"" + Testdateien.DESSAU
                + "\",\"stichtag\":\"2023-05-31\",\"online\":true,\"reifegrad\":\"V1:3\"}";
        String text = gut + "\n"                                                     // 1 online
                + gut.replace("V1:3", "V1:1") + "\n"                                 // 2 offline
                + gut.replace("\"online\":true", "\"online\":true,\"aktiv\":false") + "\n"  // 3 inactive
                + gut.replace("\"online\":true", "\"online\":false") + "\n"          // 4 nicht ok
                + gut.replace(Testdateien.ELTERNGELD.toString(), "99999999999000") + "\n"  // 5 key unknown
                + gut.replace(Testdateien.DESSAU.toString(), "160010000000") + "\n"   // 6 ARS unknown
                + gut.replace("V1:3", "V2:5") + "\n"                                 // 7 other model
                + "\n   \t\n"                                                        // 8, 9 blank: no records
                + gut.replace("\"online\":true", "\"online\":\"ja\"") + "\n"         // 10 rejected: type
                + "{\"ars\":\n"                                                      // 11 rejected: syntax
                + "[]\n"                                                             // 12 rejected: no object
                + gut + " " + gut + "\n"                                             // 13 rejected: two values
                + gut;                                                               // 14 online, no final LF
        return Testdateien.schreibe(dir, "hand.jsonl", text);
    }

    @Test
    void handMadeFileHasOneKnownFatePerRecord() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Path stand = handgemacht();
        Lauf lauf = ozg("report", "--json", "-q", "--katalog", katalog.toString(), "--gebiete", gebiete.toString(),
                "--stand", stand.toString());
        assertEquals(OzgCli.FEHLER, lauf.exitCode(), lauf::err);
        JsonNode z = bilanz(json(lauf));
        assertEquals(12, z.path("gesamt").asLong(), z::toString);
        assertEquals(4, z.path("abgewiesen").asLong(), z::toString);
        assertEquals(2, z.path("online").asLong(), z::toString);
        assertEquals(1, z.path("offline").asLong(), z::toString);
        assertEquals(1, z.path("inaktiv").asLong(), z::toString);
        assertEquals(1, z.path("nichtOk").asLong(), z::toString);
        long[] nz = new long[3];
        for (int i = 0; i < 3; i++) {
            nz[i] = z.path("nichtZugeordnet").get(i).path("zeilen").asLong();
        }
        assertEquals(List.of(1L, 1L, 1L), List.of(nz[0], nz[1], nz[2]), z::toString);

        JsonNode v = json(ozg("validate", "--json", "-q", stand.toString()));
        assertEquals(12, v.path("records").asLong());
        assertEquals(4, v.path("rejected").asLong());
        assertEquals(4, v.path("summary").path("errors").asLong(), v::toString);
    }

    @Test
    void textAndHtmlShowTheBalancePerFileAndNoSumOverFiles() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Path alt = Testdateien.status(dir, "alt.jsonl", de.ozg.json.UmsetzungsstandWriter::jsonLines,
                Testdateien.standAlt());
        Path neu = handgemacht();
        Path html = dir.resolve("b.html");
        Lauf lauf = ozg("report", "-q", "--katalog", katalog.toString(), "--gebiete", gebiete.toString(), "--stand",
                alt.toString(), "--stand", neu.toString(), "--html", html.toString());
        String out = lauf.out();
        assertTrue(out.contains("abgewiesen (fehlerhaft)"), out);
        assertTrue(out.startsWith("Eingaben\n"), out);
        String zeileNeu = out.lines().filter(l -> l.startsWith(neu.toString())).findFirst().orElseThrow();
        assertTrue(zeileNeu.matches(".*\\s12\\s+4\\s+8\\s+Stichtag[^\\s]*\\s.*Kennzahlen, Zeilenbilanz, Vergleich\\s*"),
                zeileNeu);
        String zeileAlt = out.lines().filter(l -> l.startsWith(alt.toString())).findFirst().orElseThrow();
        assertTrue(zeileAlt.matches(".*\\s2\\s+0\\s+2\\s+Stichtag 31\\.01\\.2023\\s+Vergleich\\s*"), zeileAlt);
        assertFalse(out.contains("geprüft:"), "records of different files are not added up: " + out);
        String seite = Files.readString(html);
        assertTrue(seite.contains("Eingaben") && seite.contains("abgewiesen (fehlerhaft)"), "HTML");

        Lauf diff = ozg("diff", "--json", "-q", alt.toString(), neu.toString());
        JsonNode d = json(diff);
        assertEquals(4, d.path("fehlerhafteZeilen").asLong(), d::toString);
        assertEquals(12, d.path("dateiNeu").path("datensaetze").asLong(), d::toString);
        assertEquals(8, d.path("zeilenNeu").asLong(), d::toString);
    }
}
