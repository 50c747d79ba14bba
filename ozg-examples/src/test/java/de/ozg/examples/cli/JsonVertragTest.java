package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozg.core.aggregation.Schnappschuss;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Stichtagsvergleich;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.examples.cli.CliTestSupport.Lauf;
import de.ozg.json.OzgJson;
import de.ozg.json.Umsetzungsbericht;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of {@code ozg validate --json} and {@code ozg report --json} are a contract that CI
 * scripts rely on. Two kinds of check hold it: golden files pin what the commands print for fixed
 * inputs, and the library's JSON forms ({@code Pruefbericht}, {@code Umsetzungsbericht}) are held to
 * the commands' output for the same values, byte for byte once the fields the library adds
 * ({@link #NEUE_FELDER}) are taken out of both. Field order counts. (Since the commands write
 * through the library, the second check guards the CLI's own wrapping: file, format, locale.)
 */
class JsonVertragTest {

    /** Fields the library's forms add to today's output; anything else must be exactly as before. */
    static final List<String> NEUE_FELDER = List.of("messages", "source", "record", "suppressed");

    /**
     * Top-level fields the command adds around the library's form: what a file or a report is about
     * (its Stand or Stichtage, the counting rule's decisions, the inputs). The golden files pin them.
     */
    static final List<String> BEFEHLSFELDER = List.of("stand", "stichtage", "zaehlregel", "eingaben");

    /** The output without the command's own top-level fields, for the comparison with the library form. */
    static String ohneBefehlsfelder(String json) throws IOException {
        ObjectNode n = (ObjectNode) BAUM.readTree(json);
        BEFEHLSFELDER.forEach(n::remove);
        if (n.get("katalog") instanceof ObjectNode k) {
            k.remove("standQuelle");
        }
        return BAUM.writeValueAsString(n);
    }

    private static final ObjectMapper BAUM = new ObjectMapper();

    @TempDir
    Path dir;

    /** The output without the fields the library adds, in the key order it was written. */
    static String ohneNeueFelder(String json, boolean suppressedAuchInSummary) throws IOException {
        JsonNode n = BAUM.readTree(json);
        entferne(n, suppressedAuchInSummary, false);
        return BAUM.writeValueAsString(n);
    }

    private static void entferne(JsonNode n, boolean summaryBehalten, boolean inSummary) {
        if (n instanceof ObjectNode o) {
            for (String f : NEUE_FELDER) {
                if (!(f.equals("suppressed") && summaryBehalten && inSummary)) {
                    o.remove(f);
                }
            }
            List<String> namen = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(namen::add);
            for (String k : namen) {
                entferne(o.get(k), summaryBehalten, k.equals("summary"));
            }
        } else if (n != null && n.isArray()) {
            n.forEach(e -> entferne(e, summaryBehalten, false));
        }
    }

    /**
     * Checks output against a golden file. With {@code -Dozg.golden=<dir>} the files are (re)written
     * there instead: only for a deliberate change of the contract, reviewed like code.
     */
    private static void assertGolden(String name, String ist) throws IOException {
        String ziel = System.getProperty("ozg.golden");
        if (ziel != null) {
            Files.writeString(Path.of(ziel, name), ist + "\n", StandardCharsets.UTF_8);
            return;
        }
        // key order is no part of JSON's meaning; keys, values and array order are compared
        assertEquals(BAUM.readTree("[" + golden(name).replace("\n", ",") + "]"),
                BAUM.readTree("[" + ist.replace("\n", ",") + "]"), () -> name + ": " + ist);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = JsonVertragTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new AssertionError("golden file golden/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /**
     * A file's report as validate prints it: its name and format, for a status file the records its
     * reader rejected, then the library's form of the report.
     */
    @JsonPropertyOrder({"file", "format", "rejected"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Dateibericht(String file, String format, Long rejected, @JsonUnwrapped Pruefbericht bericht) {
    }

    private String validateJson(Path datei, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        ValidateCommand.schreibeJson(pruefung().pruefe(datei, n -> { }), out, locale);
        assertEquals(List.of(), CliTestSupport.verstoesse("validate", out.toString()), out::toString);
        return ohneBefehlsfelder(out.toString());
    }

    private static Dateipruefung pruefung() {
        return new Dateipruefung(StandardCharsets.UTF_8, Optional.empty(), Regelauswahl.standard(), Optional.empty(),
                Optional.empty());
    }

    private static String libraryJson(Dateipruefung.Ergebnis e, Locale locale) throws IOException {
        return OzgJson.mapper().writer().with(locale).writeValueAsString(
                new Dateibericht(e.datei().toString(), e.format().kennung(),
                        e.isStatus() ? Long.valueOf(e.abgewiesen()) : null, e.bericht()));
    }

    private Path[] dateien() {
        // the JSON catalogue is written from katalog.csv, so it comes first and the broken CSV after it
        Path katalogJson = Testdateien.katalogJson(dir);
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        Path status = Testdateien.ersetze(Testdateien.status(dir, "stand.json", UmsetzungsstandWriter::jsonArray,
                Testdateien.standNeu()), "051120000000", "05112000000X");
        Path latin1 = dir.resolve("katalog-latin1.csv");
        try {
            Files.writeString(latin1, Testdateien.zeilen(Testdateien.KATALOG_KOPF, Testdateien.KATALOG_ZEILEN),
                    StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Path[] {katalog, Testdateien.gebiete(dir), status, latin1, katalogJson};
    }

    @Test
    void validateJsonIsPinnedByGoldenFiles() throws IOException {
        Path[] d = dateien();
        Lauf lauf = ozg("validate", "--json", d[0].toString(), d[2].toString(), d[3].toString());
        String ausgabe = lauf.out().replace(dir.toString(), "<dir>").replace('\\', '/').strip();
        assertGolden("validate.jsonl", ohneNeueFelder(ausgabe.lines().toList()));
    }

    private static String ohneNeueFelder(List<String> zeilen) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String z : zeilen) {
            sb.append(ohneTexte(ohneNeueFelder(z, true))).append('\n');
        }
        return sb.toString().strip();
    }

    /**
     * The golden files pin keys, order, rule ids, places, values and counts; the wording of messages
     * for people is not part of the contract and may improve, so it is masked.
     */
    static String ohneTexte(String json) throws IOException {
        JsonNode n = BAUM.readTree(json);
        maskiere(n);
        return BAUM.writeValueAsString(n);
    }

    private static void maskiere(JsonNode n) {
        if (n instanceof ObjectNode o) {
            if (o.has("message")) {
                o.put("message", "<text>");
            }
            if (o.has("technicalErrors")) {
                com.fasterxml.jackson.databind.node.ArrayNode a = (com.fasterxml.jackson.databind.node.ArrayNode) o.get("technicalErrors");
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf("<text>"));
                }
            }
            o.forEach(JsonVertragTest::maskiere);
        } else if (n != null && n.isArray()) {
            n.forEach(JsonVertragTest::maskiere);
        }
    }

    @Test
    void theLibrarysPruefberichtIsTodaysValidateForm() throws IOException {
        for (Path datei : dateien()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                Dateipruefung.Ergebnis e = pruefung().pruefe(datei, n -> { });
                String heute = validateJson(datei, locale);
                assertEquals(BAUM.readTree(ohneNeueFelder(heute, true)),
                        BAUM.readTree(ohneNeueFelder(libraryJson(e, locale), true)), datei + " " + locale);
            }
        }
        Befund b = Befund.builder().severity(de.ozg.core.validation.Severity.WARNING).regelId("R")
                .meldung("d", "e").build();
        Pruefbericht mitFehler = Pruefbericht.of(List.of(b), List.of(TechnischerFehler.of("kaputt", "broken")), 3);
        Dateipruefung.Ergebnis e = new Dateipruefung.Ergebnis(Path.of("x.csv"), Dateiformat.STATUS_CSV, mitFehler, 1,
                new Stichtage(), Optional.empty(), OzgCli.FEHLER, false);
        StringWriter heute = new StringWriter();
        ValidateCommand.schreibeJson(e, heute, Locale.ENGLISH);
        assertEquals(List.of(), CliTestSupport.verstoesse("validate", heute.toString()), heute::toString);
        assertEquals(BAUM.readTree(ohneNeueFelder(ohneBefehlsfelder(heute.toString()), true)),
                BAUM.readTree(ohneNeueFelder(libraryJson(e, Locale.ENGLISH), true)));
    }

    @Test
    void reportJsonIsPinnedByAGoldenFile() throws IOException {
        Path[] d = dateien();
        Path gebiete = Testdateien.gebiete(dir);
        Path katalog = Testdateien.katalog(dir);
        Path alt = Testdateien.status(dir, "alt.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standAlt());
        Path neu = Testdateien.status(dir, "neu.csv", UmsetzungsstandWriter::csv, Testdateien.standNeu());
        Lauf lauf = ozg("report", "--json", "--katalog", katalog.toString(), "--gebiete", gebiete.toString(),
                "--stand", alt.toString(), "--stand", neu.toString());
        assertGolden("report.json", ohneNeueFelder(ohneHeute(lauf.out()).replace(dir.toString(), "<dir>"), false));
        Lauf ohneStand = ozg("report", "--json", "--katalog", d[0].toString());
        assertGolden("report-ohne-stand.json",
                ohneNeueFelder(ohneHeute(ohneStand.out()).replace(dir.toString(), "<dir>"), false));
    }

    /** An earlier tool gave a catalogue read from CSV today as its Stand; it must not come back. */
    private static String ohneHeute(String json) {
        return json.strip().replace("\"stand\":\"" + java.time.LocalDate.now() + "\"", "\"stand\":\"<heute>\"");
    }

    @Test
    void theLibrarysUmsetzungsberichtIsTodaysReportForm() throws IOException {
        for (long seed = 0; seed < 30; seed++) {
            Beispiele b = Beispiele.mitSeed(seed);
            OzgKatalog katalog = b.katalog(1 + (int) (seed % 7));
            Gebietsverzeichnis gv = b.gebietsverzeichnis(1, 2);
            Zaehlregel regel = Zaehlregel.presets().get((int) (seed % Zaehlregel.presets().size()));
            List<Umsetzungsstand> alt = katalog.schluessel().isEmpty() ? List.of()
                    : b.umsetzungsstaende(katalog, gv, b.datum(), 3);
            List<Umsetzungsstand> neu = katalog.schluessel().isEmpty() ? List.of()
                    : b.umsetzungsstaende(katalog, gv, b.datum(), 3);
            Umsetzungsbild bild = neu.stream().collect(Umsetzungsmatrix.collector(katalog, gv, regel));
            Schnappschuss.Sammler sa = Schnappschuss.sammler();
            alt.forEach(sa::add);
            Schnappschuss.Sammler sn = Schnappschuss.sammler();
            neu.forEach(sn::add);
            Stichtagsdiff diff = Stichtagsvergleich.of(regel).vergleiche(sa.ergebnis(), sn.ergebnis());
            Pruefbericht p = Pruefbericht.of(List.of(), List.of(), neu.size());
            // the rows of the last status file make the figures; the reader rejected some of its records
            List<Gesamtbericht.Eingabe> eingaben = List.of(
                    Gesamtbericht.Eingabe.status(Path.of("alt.jsonl"), Dateiformat.STATUS_JSONL, alt.size() + 1, 1,
                            new Stichtage(), false, true),
                    Gesamtbericht.Eingabe.status(Path.of("neu.csv"), Dateiformat.STATUS_CSV, neu.size() + seed % 3,
                            seed % 3, new Stichtage(), true, true));
            List<Umsetzungsbericht.Statusdatei> dateien = eingaben.stream().map(e -> new Umsetzungsbericht.Statusdatei(
                    e.datei().toString(), e.format().kennung(), e.datensaetze(), e.abgewiesen(), e.inZahlen())).toList();
            for (boolean mitBild : List.of(true, false)) {
                Optional<Umsetzungsbild> o = mitBild ? Optional.of(bild) : Optional.empty();
                Optional<Stichtagsdiff> od = mitBild && seed % 2 == 0 ? Optional.of(diff) : Optional.empty();
                StringWriter heute = new StringWriter();
                BerichtJson.schreibe(new Gesamtbericht(katalog, p, regel, o, od, List.of(), eingaben), heute,
                        Darstellung.of(Locale.GERMAN));
                assertEquals(List.of(), CliTestSupport.verstoesse("report", heute.toString()), heute::toString);
                String bibliothek = OzgJson.mapper().writeValueAsString(
                        new Umsetzungsbericht(katalog, regel, o, od, p, dateien));
                assertEquals(ohneNeueFelder(ohneBefehlsfelder(heute.toString()), false), ohneNeueFelder(bibliothek, false),
                        "seed " + seed);
            }
        }
    }
}
