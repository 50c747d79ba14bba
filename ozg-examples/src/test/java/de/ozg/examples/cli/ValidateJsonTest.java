package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.OzgJson;
import de.ozg.json.OzgJsonException;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.UmsetzungsstandWriter;
import de.ozg.json.quellen.CsvSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ozg validate --json}: each output line is one JSON object that says exactly what the
 * library's own readers say about the same file.
 */
class ValidateJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate STAND = LocalDate.of(2019, 12, 31);

    @TempDir
    Path dir;

    /** The library's report of a status file, read straight with {@link UmsetzungsstandReader}. */
    private static Pruefbericht statusBericht(Path datei,
            java.util.function.BiFunction<InputStream, Consumer<Befund>, UmsetzungsstandReader> form) throws IOException {
        List<Befund> befunde = new ArrayList<>();
        try (InputStream in = Files.newInputStream(datei);
                UmsetzungsstandReader r = form.apply(in, befunde::add)) {
            r.forEachRemaining(z -> { });
            return Pruefbericht.of(befunde, List.of(), r.zeilen());
        }
    }

    private static List<JsonNode> laufJson(int exitCode, String... args) throws IOException {
        Lauf lauf = ozg(args);
        assertEquals(exitCode, lauf.exitCode(), () -> lauf.out() + lauf.err());
        assertEquals("", lauf.err());
        List<JsonNode> objekte = new ArrayList<>();
        for (String zeile : lauf.out().lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode n = MAPPER.readTree(zeile);
            assertTrue(n.isObject(), zeile);
            objekte.add(n);
        }
        return objekte;
    }

    private static String kanonisch(Befund b, Locale locale) {
        return b.severity() + "|" + b.regelId() + "|" + (b.fundstelle().zeile().isPresent()
                ? String.valueOf(b.fundstelle().zeile().getAsLong()) : "-") + "|"
                + b.fundstelle().spalte().orElse("-") + "|" + b.fundstelle().pointer().orElse("-") + "|"
                + b.gegenstand().orElse("-") + "|" + b.wert().orElse("-") + "|" + b.meldung(locale);
    }

    private static String kanonisch(JsonNode f) {
        return f.path("severity").asText() + "|" + f.path("rule").asText() + "|"
                + (f.has("line") ? String.valueOf(f.get("line").longValue()) : "-") + "|"
                + (f.has("column") ? f.get("column").asText() : "-") + "|"
                + (f.has("pointer") ? f.get("pointer").asText() : "-") + "|"
                + (f.has("subject") ? f.get("subject").asText() : "-") + "|"
                + (f.has("value") ? f.get("value").asText() : "-") + "|" + f.path("message").asText();
    }

    private static void assertGleich(Pruefbericht erwartet, JsonNode ist, Path datei, String format, Locale locale) {
        assertEquals(datei.toString(), ist.path("file").asText());
        assertEquals(format, ist.path("format").asText());
        assertEquals(erwartet.datensaetze(), ist.path("records").longValue(), ist::toString);
        assertEquals(erwartet.urteil().name(), ist.path("verdict").asText(), ist::toString);
        JsonNode s = ist.path("summary");
        assertEquals(erwartet.zusammenfassung().anzahl(Severity.ERROR), s.path("errors").longValue(), ist::toString);
        assertEquals(erwartet.zusammenfassung().anzahl(Severity.WARNING), s.path("warnings").longValue(),
                ist::toString);
        assertEquals(erwartet.zusammenfassung().anzahl(Severity.INFO), s.path("infos").longValue(), ist::toString);
        assertEquals(erwartet.technischeFehler().size(), ist.path("technicalErrors").size(), ist::toString);
        List<String> soll = erwartet.befunde().stream().map(b -> kanonisch(b, locale)).sorted().toList();
        List<String> haben = new ArrayList<>();
        ist.path("findings").forEach(f -> haben.add(kanonisch(f)));
        assertEquals(soll, haben.stream().sorted().toList());
    }

    @Test
    void katalogCsvMatchesTheReaderFindingByFindingWithPhysicalLines() throws IOException {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        Testdateien.ersetze(katalog, "99115005001000", "9911500500100");
        Pruefbericht erwartet = CsvSource.umsetzungskatalog().read(katalog, STAND).bericht();

        List<JsonNode> json = laufJson(OzgCli.FEHLER, "validate", "--json", katalog.toString());
        assertEquals(1, json.size());
        assertGleich(erwartet, json.get(0), katalog, "umsetzungskatalog-csv", Locale.GERMAN);

        JsonNode ozgId = finde(json.get(0), "KATALOG-OZG-ID-FORMAT");
        assertEquals(Testdateien.zeileVon(katalog, "1000l"), ozgId.path("line").longValue());
        assertEquals(5, ozgId.path("line").longValue(), "header is line 1, the first row spans lines 2-3");
        assertEquals("OZG-ID", ozgId.path("column").asText());
        assertEquals("1000l", ozgId.path("value").asText());
        assertEquals("ERROR", ozgId.path("severity").asText());
        assertEquals(Testdateien.zeileVon(katalog, "9911500500100"), 7);
        assertTrue(json.get(0).path("findings").findValues("line").stream().anyMatch(l -> l.longValue() == 7),
                json.get(0)::toString);
    }

    @Test
    void englishMessagesInJson() throws IOException {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        Pruefbericht erwartet = CsvSource.umsetzungskatalog().read(katalog, STAND).bericht();
        List<JsonNode> json = laufJson(OzgCli.FEHLER, "validate", "--json", "--lang", "en", katalog.toString());
        assertGleich(erwartet, json.get(0), katalog, "umsetzungskatalog-csv", Locale.ENGLISH);
        assertTrue(finde(json.get(0), "KATALOG-OZG-ID-FORMAT").path("message").asText().startsWith("OZG-ID must"));
    }

    @Test
    void gemeindeverzeichnisMatchesTheReader() throws IOException {
        Path gv = Testdateien.ersetze(Testdateien.gebiete(dir), "60,61,05,1,12", "6x,61,05,1,12");
        Pruefbericht erwartet = CsvSource.gemeindeverzeichnis().read(gv, STAND).bericht();
        List<JsonNode> json = laufJson(OzgCli.FEHLER, "validate", "--json", gv.toString());
        assertGleich(erwartet, json.get(0), gv, "gemeindeverzeichnis-csv", Locale.GERMAN);
        assertFalse(erwartet.befunde().isEmpty());
    }

    private Path statusMitFehler(String name, Function<java.io.OutputStream, UmsetzungsstandWriter> form) {
        Path datei = Testdateien.status(dir, name, form, Testdateien.standNeu());
        return Testdateien.ersetze(datei, "051120000000", "05112000000X");
    }

    @Test
    void statusCsvMatchesTheReaderAndCountsEveryRow() throws IOException {
        Path csv = statusMitFehler("stand.csv", UmsetzungsstandWriter::csv);
        Pruefbericht erwartet = statusBericht(csv, UmsetzungsstandReader::csv);
        assertEquals(4, erwartet.datensaetze());
        List<JsonNode> json = laufJson(OzgCli.FEHLER, "validate", "--json", csv.toString());
        assertGleich(erwartet, json.get(0), csv, "status-csv", Locale.GERMAN);
        JsonNode f = json.get(0).path("findings").get(0);
        assertEquals(Testdateien.zeileVon(csv, "05112000000X"), f.path("line").longValue());
        assertEquals("ars", f.path("column").asText());
    }

    @Test
    void statusJsonLinesMatchesTheReader() throws IOException {
        Path jsonl = statusMitFehler("stand.jsonl", UmsetzungsstandWriter::jsonLines);
        Pruefbericht erwartet = statusBericht(jsonl, UmsetzungsstandReader::jsonLines);
        List<JsonNode> json = laufJson(OzgCli.FEHLER, "validate", "--json", jsonl.toString());
        assertGleich(erwartet, json.get(0), jsonl, "status-jsonl", Locale.GERMAN);
        assertEquals(2, json.get(0).path("findings").get(0).path("line").longValue());
    }

    @Test
    void statusJsonArrayMatchesTheReaderWithPointers() throws IOException {
        Path array = statusMitFehler("stand.json", UmsetzungsstandWriter::jsonArray);
        Pruefbericht erwartet = statusBericht(array, UmsetzungsstandReader::jsonArray);
        List<JsonNode> json = laufJson(OzgCli.FEHLER, "validate", "--json", array.toString());
        assertGleich(erwartet, json.get(0), array, "status-json", Locale.GERMAN);
        assertEquals("/1/ars", json.get(0).path("findings").get(0).path("pointer").asText());
    }

    @Test
    void brokenKatalogJsonCarriesThePointerOfTheReadersException() throws IOException {
        Path json = Testdateien.katalogJson(dir);
        String inhalt = Files.readString(json, StandardCharsets.UTF_8);
        Files.writeString(json, inhalt.replaceFirst("\"10001\"", "\"1000l\""), StandardCharsets.UTF_8);
        OzgJsonException erwartet;
        try (InputStream in = Files.newInputStream(json)) {
            OzgJson.readKatalog(in);
            throw new AssertionError("the broken document must not read");
        } catch (OzgJsonException e) {
            erwartet = e;
        }
        List<JsonNode> ausgabe = laufJson(OzgCli.FEHLER, "validate", "--json", json.toString());
        JsonNode bericht = ausgabe.get(0);
        assertEquals("katalog-json", bericht.path("format").asText());
        assertEquals(1, bericht.path("summary").path("errors").intValue());
        JsonNode f = bericht.path("findings").get(0);
        assertEquals("JSON-DOKUMENT", f.path("rule").asText());
        assertEquals(erwartet.pointer().orElseThrow(), f.path("pointer").asText());
        assertFalse(f.has("line"), "a JSON document's findings carry a pointer, not a line: " + f);
        assertEquals(erwartet.message(Locale.GERMAN), f.path("message").asText());
    }

    @Test
    void oneObjectPerFileInOrder() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path gv = Testdateien.gebiete(dir);
        Path kjson = Testdateien.katalogJson(dir);
        List<JsonNode> json = laufJson(OzgCli.OK, "validate", "--json", katalog.toString(), gv.toString(),
                kjson.toString());
        assertEquals(List.of("umsetzungskatalog-csv", "gemeindeverzeichnis-csv", "katalog-json"),
                json.stream().map(n -> n.path("format").asText()).toList());
        assertEquals(List.of(5L, 12L, 3L), json.stream().map(n -> n.path("records").longValue()).toList());
        json.forEach(n -> assertEquals("GUELTIG", n.path("verdict").asText(), n::toString));
    }

    @Test
    void notCheckableFileIsATechnicalErrorInJson() throws IOException {
        Path latin1 = dir.resolve("katalog-latin1.csv");
        Files.writeString(latin1, Testdateien.zeilen(Testdateien.KATALOG_KOPF, Testdateien.KATALOG_ZEILEN),
                StandardCharsets.ISO_8859_1);
        JsonNode n = laufJson(OzgCli.FEHLER, "validate", "--json", latin1.toString()).get(0);
        assertEquals(1, n.path("technicalErrors").size(), n::toString);
        assertTrue(n.path("technicalErrors").get(0).asText().contains("ISO-8859-1"), n::toString);
        assertEquals(CsvSource.umsetzungskatalog().read(latin1, STAND).bericht().urteil().name(),
                n.path("verdict").asText());
    }

    private static JsonNode finde(JsonNode bericht, String regel) {
        for (JsonNode f : bericht.path("findings")) {
            if (regel.equals(f.path("rule").asText())) {
                return f;
            }
        }
        throw new AssertionError(regel + " not in " + bericht);
    }
}
