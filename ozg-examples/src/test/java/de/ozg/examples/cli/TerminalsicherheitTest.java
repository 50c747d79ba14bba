package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.SafeText;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a file contains reaches the terminal raw: escape sequences in JSON field names, CSV column
 * names, values, headers of unknown files and file names come out as {@code \}{@code uXXXX}.
 */
class TerminalsicherheitTest {

    /** Sets the terminal's title. */
    private static final String TITEL = "\u001B]0;owned\u0007";
    /** Clears the screen. */
    private static final String LOESCHEN = "\u001B[2J";
    /** The single-character CSI and a right-to-left override. */
    private static final String C1_BIDI = "\u009B2J\u202Etxt.exe";
    /** The same as JSON escapes, so that they decode into field names and values. */
    private static final String TITEL_JSON = "\\u001B]0;owned\\u0007";
    private static final String LOESCHEN_JSON = "\\u001B[2J";
    private static final String C1_BIDI_JSON = "\\u009B2J\\u202Etxt.exe";

    @TempDir
    Path dir;

    private static void sicher(Lauf lauf) {
        for (String s : List.of(lauf.out(), lauf.err())) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean zeilenende = c == '\n' || c == '\t' || c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
                int at = i;
                assertTrue(zeilenende || !SafeText.isUnsafe(c),
                        () -> "raw U+" + Integer.toHexString(c) + " at " + at + " in:\n" + s);
            }
        }
    }

    private Path datei(String name, String inhalt) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, inhalt, StandardCharsets.UTF_8);
        return p;
    }

    private static String zeile(String extra) {
        return "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\","
                + "\"online\":true" + extra + "}";
    }

    @Test
    void jsonFieldNamesAndValues() throws IOException {
        Path p = datei("stand.jsonl", zeile(",\"" + TITEL_JSON + "\":1") + "\n"
                + zeile(",\"" + LOESCHEN_JSON + "\":2,\"url\":\"" + C1_BIDI_JSON + "\"") + "\n"
                + zeile("").replace("150020000000", "1500" + LOESCHEN_JSON) + "\n"
                + zeile("").replace("2023-05-31", TITEL_JSON) + "\n"
                + "{\"" + TITEL + "\n"
                + "[\"" + C1_BIDI_JSON + "\"]\n");
        for (String[] args : List.of(new String[] {"validate", p.toString()},
                new String[] {"validate", "--json", p.toString()}, new String[] {"validate", "--lang", "en", p.toString()})) {
            Lauf lauf = ozg(args);
            assertEquals(OzgCli.FEHLER, lauf.exitCode(), lauf::err);
            sicher(lauf);
            assertTrue(lauf.out().contains("\\u001B]0;owned\\u0007"), lauf.out());
        }
        JsonNode json = new ObjectMapper().readTree(ozg("validate", "--json", p.toString()).out());
        List<String> zeiger = json.path("findings").findValuesAsText("pointer");
        assertTrue(zeiger.contains("/" + TITEL), "the JSON output keeps the exact pointer: " + zeiger);
        assertEquals(6, json.path("records").asInt());
    }

    @Test
    void csvColumnNamesAndValues() throws IOException {
        Path p = datei("stand.csv", "leika_key;ars;online_status;datenstand;" + TITEL + ";" + LOESCHEN + "\n"
                + "99041006013000;150020000000;" + C1_BIDI + ";2023-05-31;x;y\n"
                + "99041006013000;1500" + TITEL + ";ok;2023-05-31;x;y\n");
        for (String[] args : List.of(new String[] {"validate", p.toString()},
                new String[] {"validate", "--json", p.toString()})) {
            Lauf lauf = ozg(args);
            sicher(lauf);
            assertTrue(lauf.out().contains("u001B"), lauf.out());
        }
    }

    @Test
    void headerOfAnUnknownFormatAndFileNames() throws IOException {
        Path p = datei("raetsel.txt", "Spalte" + TITEL + LOESCHEN + C1_BIDI + ";b\n1;2\n");
        Lauf lauf = ozg("validate", p.toString());
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        sicher(lauf);
        assertTrue(lauf.err().startsWith("ozg: " + p + ": unbekanntes Format"), lauf.err());
        assertTrue(lauf.err().contains("Spalte\\u001B]0;owned\\u0007\\u001B[2J"), lauf.err());
        assertEquals(1, lauf.err().lines().count(), lauf.err());

        Path name = datei("a" + LOESCHEN + ".jsonl", zeile(",\"x\":1") + "\n");
        Lauf mitName = ozg("validate", name.toString());
        sicher(mitName);
        assertTrue(mitName.out().contains("a\\u001B[2J.jsonl"), mitName.out());
        Lauf fehlt = ozg("validate", dir.resolve("fehlt" + TITEL + ".csv").toString());
        sicher(fehlt);
        assertFalse(fehlt.err().isBlank());
    }

    @Test
    void reportAndDiffToo() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path stand = datei("s.jsonl", zeile(",\"" + TITEL_JSON + "\":1") + "\n" + zeile("") + "\n");
        Path html = dir.resolve("b.html");
        Lauf report = ozg("report", "--katalog", katalog.toString(), "--stand", stand.toString(), "--html",
                html.toString());
        sicher(report);
        Lauf json = ozg("report", "--json", "--katalog", katalog.toString(), "--stand", stand.toString());
        sicher(json);
        new ObjectMapper().readTree(json.out());
        Lauf diff = ozg("diff", stand.toString(), stand.toString());
        sicher(diff);
        assertTrue(diff.out().contains("\\u001B]0;owned\\u0007"), diff.out());
    }
}
