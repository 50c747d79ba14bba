package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.id.Ars;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Themenfeld;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozg report} on the real 2019 catalogue and on crafted directories and status files. */
class ReportCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(int exitCode, String... args) throws IOException {
        Lauf lauf = ozg(args);
        assertEquals(exitCode, lauf.exitCode(), () -> lauf.out() + lauf.err());
        List<String> zeilen = lauf.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, zeilen.size(), lauf.out());
        return MAPPER.readTree(zeilen.get(0));
    }

    /** The cells of CSV records, quotes and line breaks inside quotes respected; nothing else. */
    private static List<List<String>> csv(String text) {
        List<List<String>> saetze = new ArrayList<>();
        List<String> satz = new ArrayList<>();
        StringBuilder zelle = new StringBuilder();
        boolean zitat = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (zitat) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    zelle.append('"');
                    i++;
                } else if (c == '"') {
                    zitat = false;
                } else {
                    zelle.append(c);
                }
            } else if (c == '"') {
                zitat = true;
            } else if (c == ',') {
                satz.add(zelle.toString());
                zelle.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                satz.add(zelle.toString());
                zelle.setLength(0);
                saetze.add(satz);
                satz = new ArrayList<>();
            } else {
                zelle.append(c);
            }
        }
        if (zelle.length() > 0 || !satz.isEmpty()) {
            satz.add(zelle.toString());
            saetze.add(satz);
        }
        return saetze;
    }

    @Test
    void realCatalogueHas557OzgLeistungenAndTheCountsPerThemenfeldOfTheFile() throws IOException {
        String daten = System.getProperty("ozg.shared.data");
        Path datei = daten == null ? null : Path.of(daten, "kdn-nrw-ozg-katalog-2019", "umsetzungskatalog-2019.csv");
        Assumptions.assumeTrue(datei != null && Files.isRegularFile(datei), "real catalogue not available");

        List<List<String>> saetze = csv(Files.readString(datei, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        List<String> kopf = saetze.get(0);
        int tf = kopf.indexOf("Themenfeld");
        int id = kopf.indexOf("OZG-ID");
        Map<String, Set<String>> ozgJeThemenfeld = new HashMap<>();
        Map<String, Integer> zeilenJeThemenfeld = new HashMap<>();
        Set<String> alleIds = new HashSet<>();
        for (List<String> s : saetze.subList(1, saetze.size())) {
            ozgJeThemenfeld.computeIfAbsent(s.get(tf), t -> new HashSet<>()).add(s.get(id));
            zeilenJeThemenfeld.merge(s.get(tf), 1, Integer::sum);
            alleIds.add(s.get(id));
        }
        assertEquals(557, alleIds.size(), "the file itself");

        JsonNode bericht = json(OzgCli.OK, "report", "--json", "--katalog", datei.toString());
        assertEquals(557, bericht.path("katalog").path("ozgLeistungen").intValue(), bericht::toString);
        assertEquals(saetze.size() - 1, bericht.path("katalog").path("leikaLeistungen").intValue());
        assertEquals(14, bericht.path("katalog").path("themenfelder").intValue());
        JsonNode themenfelder = bericht.path("themenfelder");
        assertEquals(ozgJeThemenfeld.size(), themenfelder.size(), themenfelder::toString);
        Set<String> gesehen = new HashSet<>();
        for (JsonNode t : themenfelder) {
            String name = t.path("themenfeld").asText();
            assertEquals(Themenfeld.parse(name).bezeichnung(), name, "canonical name");
            assertTrue(ozgJeThemenfeld.containsKey(name), name + " as written in the file");
            assertEquals(ozgJeThemenfeld.get(name).size(), t.path("ozgLeistungen").intValue(), name);
            assertEquals(zeilenJeThemenfeld.get(name), t.path("leikaLeistungen").intValue(), name);
            gesehen.add(name);
        }
        assertEquals(ozgJeThemenfeld.keySet(), gesehen);
        assertFalse(bericht.has("laender"), "no status data, no figures per Land");
    }

    private Path[] dateien() {
        Path katalog = Testdateien.katalog(dir);
        Path gebiete = Testdateien.gebiete(dir);
        Path alt = Testdateien.status(dir, "alt.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standAlt());
        Path neu = Testdateien.status(dir, "neu.csv", UmsetzungsstandWriter::csv, Testdateien.standNeu());
        return new Path[] {katalog, gebiete, alt, neu};
    }

    private static JsonNode land(JsonNode bericht, Bundesland land) {
        for (JsonNode l : bericht.path("laender")) {
            if (land.code().equals(l.path("land").asText())) {
                return l;
            }
        }
        throw new AssertionError(land + " not in " + bericht.path("laender"));
    }

    @Test
    void gebieteAndTwoStichtageGiveLandFiguresAndTheDiff() throws IOException {
        Path[] d = dateien();
        JsonNode b = json(OzgCli.OK, "report", "--json", "--katalog", d[0].toString(), "--gebiete", d[1].toString(),
                "--stand", d[2].toString(), "--stand", d[3].toString());
        assertEquals("dashboard-online", b.path("regel").asText());

        JsonNode nrw = land(b, Bundesland.NORDRHEIN_WESTFALEN);
        assertEquals(1, nrw.path("leikaOnline").intValue(), nrw::toString);
        assertEquals(1, nrw.path("flaechendeckend").intValue(), "Elterngeld in both NRW Gemeinden: " + nrw);
        JsonNode st = land(b, Bundesland.SACHSEN_ANHALT);
        assertEquals(2, st.path("leikaOnline").intValue(), st::toString);
        assertEquals(2, st.path("flaechendeckend").intValue(), st::toString);
        assertEquals(List.of(0, 0, 0, 2, 0), zahlen(st.path("reifegrade")), st::toString);
        assertEquals(List.of(0, 0, 1, 0, 0), zahlen(nrw.path("reifegrade")), nrw::toString);

        JsonNode zeilen = b.path("zeilen");
        assertEquals(4, zeilen.path("gesamt").intValue(), zeilen::toString);
        assertEquals(4, zeilen.path("online").intValue(), zeilen::toString);
        for (JsonNode n : zeilen.path("nichtZugeordnet")) {
            assertEquals(0, n.path("zeilen").intValue(), zeilen::toString);
        }

        JsonNode diff = b.path("diff");
        assertEquals(2, diff.path("zeilenAlt").intValue(), diff::toString);
        assertEquals(4, diff.path("zeilenNeu").intValue(), diff::toString);
        assertEquals(2, diff.path("neu").intValue(), "Elterngeld in Duisburg, Meldebescheinigung in Dessau: " + diff);
        assertEquals(0, diff.path("entfallen").intValue(), diff::toString);
        assertEquals(1, diff.path("reifegrad_gestiegen").intValue(), "Elterngeld in Dessau: " + diff);
        assertEquals(0, b.path("befunde").path("errors").intValue(), b::toString);
    }

    private static List<Integer> zahlen(JsonNode array) {
        List<Integer> z = new ArrayList<>();
        array.forEach(n -> z.add(n.intValue()));
        return z;
    }

    @Test
    void ozgKonformCountsOnlyReifegrad3AndAbove() throws IOException {
        Path[] d = dateien();
        String[] basis = {"report", "--json", "--katalog", d[0].toString(), "--gebiete", d[1].toString(),
            "--stand", d[2].toString(), "--stand", d[3].toString()};
        JsonNode online = json(OzgCli.OK, basis);
        List<String> args = new ArrayList<>(List.of(basis));
        args.addAll(List.of("--regel", "ozg-konform"));
        JsonNode konform = json(OzgCli.OK, args.toArray(String[]::new));

        assertEquals("ozg-konform", konform.path("regel").asText());
        assertEquals(1, land(online, Bundesland.NORDRHEIN_WESTFALEN).path("leikaOnline").intValue());
        assertEquals(0, land(konform, Bundesland.NORDRHEIN_WESTFALEN).path("leikaOnline").intValue(),
                "NRW has V1:2 only");
        assertEquals(2, land(konform, Bundesland.SACHSEN_ANHALT).path("leikaOnline").intValue());
        assertEquals(2, konform.path("zeilen").path("online").intValue(), konform.path("zeilen")::toString);
        assertNotEquals(online.path("gesamt"), konform.path("gesamt"));
        assertEquals(1, konform.path("diff").path("online_gegangen").intValue(),
                "Elterngeld in Dessau rose from V1:2 to V1:3: " + konform.path("diff"));
    }

    @Test
    void htmlReportHasEverySection() throws IOException {
        Path[] d = dateien();
        Path html = dir.resolve("bericht.html");
        Lauf lauf = ozg("report", "--katalog", d[0].toString(), "--gebiete", d[1].toString(), "--stand",
                d[2].toString(), "--stand", d[3].toString(), "--html", html.toString());
        assertEquals(OzgCli.OK, lauf.exitCode(), lauf::err);
        assertTrue(lauf.err().contains("HTML-Bericht: " + html), lauf.err());
        String seite = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(seite.startsWith("<!DOCTYPE html>") || seite.startsWith("<!doctype html>"), seite);
        for (String abschnitt : List.of("Themenfelder", "Länder", "Reifegrad", "Flächendeckung",
                "Zeilenbilanz", "Vergleich der Stichtage", "Befunde", "Familie &amp; Kind", "Nordrhein-Westfalen",
                "Sachsen-Anhalt", "dashboard-online")) {
            assertTrue(seite.contains(abschnitt), abschnitt + " missing");
        }
        assertTrue(lauf.out().contains("Katalog je Themenfeld (3 OZG-Leistungen, 5 LeiKa-Leistungen"), lauf.out());
    }

    @Test
    void landLevelRowsCountWithoutAGemeindeverzeichnis() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path stand = Testdateien.status(dir, "land.jsonl", UmsetzungsstandWriter::jsonLines, List.of(
                Testdateien.zeile(Testdateien.ELTERNGELD, Ars.of(Bundesland.NORDRHEIN_WESTFALEN),
                        Testdateien.STICHTAG_NEU, "V1:3"),
                Testdateien.zeile(Testdateien.ELTERNGELD, Testdateien.DESSAU, Testdateien.STICHTAG_NEU, "V1:3")));
        JsonNode b = json(OzgCli.OK, "report", "--json", "--katalog", katalog.toString(), "--stand", stand.toString());
        assertEquals(1, land(b, Bundesland.NORDRHEIN_WESTFALEN).path("leikaOnline").intValue(), b::toString);
        assertEquals(0, land(b, Bundesland.SACHSEN_ANHALT).path("leikaOnline").intValue(), b::toString);
        JsonNode ars = null;
        for (JsonNode n : b.path("zeilen").path("nichtZugeordnet")) {
            if ("ARS_UNBEKANNT".equals(n.path("grund").asText())) {
                ars = n;
            }
        }
        assertEquals(1, ars.path("zeilen").intValue(), "the Gemeinde row is not assigned, never dropped: " + ars);
        assertEquals(Testdateien.DESSAU.toString(), ars.path("beispiele").get(0).asText());
    }

    @Test
    void unknownRegelIsAUsageErrorOfOneLine() {
        Path katalog = Testdateien.katalog(dir);
        Lauf lauf = ozg("report", "--katalog", katalog.toString(), "--regel", "bestmoeglich");
        assertEquals(OzgCli.NUTZUNG, lauf.exitCode());
        assertEquals("", lauf.out());
        assertEquals(1, lauf.err().lines().count(), lauf.err());
        assertTrue(lauf.err().startsWith("ozg: "), lauf.err());
        assertTrue(lauf.err().contains("'bestmoeglich'"), lauf.err());
        assertTrue(lauf.err().contains("ozg-konform"), lauf.err());
    }

    @Test
    void katalogErrorsGiveExitCode1AndStillTheFigures() throws IOException {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        JsonNode b = json(OzgCli.FEHLER, "report", "--json", "--katalog", katalog.toString());
        assertEquals(1, b.path("befunde").path("errors").intValue(), b::toString);
        assertEquals(2, b.path("katalog").path("ozgLeistungen").intValue(), "the bad row is left out: " + b);
    }

    @Test
    void katalogAsOzgKatalogJsonGivesTheSameFigures() throws IOException {
        Path csv = Testdateien.katalog(dir);
        Path json = Testdateien.katalogJson(dir);
        JsonNode ausCsv = json(OzgCli.OK, "report", "--json", "--katalog", csv.toString());
        JsonNode ausJson = json(OzgCli.OK, "report", "--json", "--katalog", json.toString());
        assertEquals(ausCsv.path("themenfelder"), ausJson.path("themenfelder"));
        assertEquals(ausCsv.path("katalog").path("ozgLeistungen"), ausJson.path("katalog").path("ozgLeistungen"));
    }
}
