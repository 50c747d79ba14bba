package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.ozg.core.aggregation.Reifegradverteilung;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Federfuehrung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The two bindings side by side: the Jackson 2 {@link OzgModule} and the Jackson 3
 * {@link de.ozg.json.jackson3.OzgModule} write the same bytes for every type, refuse the same input
 * with the same exception kind, violation and pointer under any mapper, and refuse types that have
 * no JSON form.
 */
class BindungenTest {

    /** Plain mappers with nothing but the module: Spring's situation, not OzgJson's settings. */
    private static final ObjectMapper ZWEI = JsonMapper.builder().addModule(new OzgModule())
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final tools.jackson.databind.ObjectMapper DREI = tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new de.ozg.json.jackson3.OzgModule())
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static String zwei(Object o) {
        try {
            return ZWEI.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static void gleich(Object o) {
        assertEquals(zwei(o), DREI.writeValueAsString(o));
    }

    /** A finding with every part of its place drawn, texts that JSON must escape included. */
    static Gen<Befund> befunde() {
        return Nachnutzungsbeispiele.gen(n -> {
            Fundstelle f = Fundstelle.unbekannt();
            if (n.zahl(2) == 0) {
                f = f.withZeile(1 + n.zahl(100_000));
            }
            if (n.zahl(2) == 0) {
                f = f.withSpalte(n.text());
            }
            if (n.zahl(2) == 0) {
                f = f.withPointer("/leistungen/" + n.zahl(9) + "/ozgId");
            }
            if (n.zahl(3) == 0) {
                f = f.withQuelle("datei-" + n.zahl(5) + ".csv");
            }
            if (n.zahl(3) == 0) {
                f = f.withDatensatz(1 + n.zahl(1000));
            }
            Befund.Builder b = Befund.builder().severity(Severity.values()[n.zahl(3)]).regelId("REGEL-" + n.zahl(50))
                    .fundstelle(f).meldung(n.text(), n.text());
            if (n.zahl(2) == 0) {
                b.gegenstand(n.text());
            }
            if (n.zahl(2) == 0) {
                b.wert(n.text());
            }
            return b.build();
        });
    }

    @Test
    void findingsRoundTripInBothBindingsWithTheSameBytes() {
        qt().withExamples(300).forAll(befunde()).checkAssert(b -> {
            String json = zwei(b);
            assertEquals(json, DREI.writeValueAsString(b));
            try {
                assertEquals(b, ZWEI.readValue(json, Befund.class), json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
            assertEquals(b, DREI.readValue(json, Befund.class), json);
        });
    }

    @Test
    void reportsAndFiguresHaveTheSameBytes() {
        qt().withExamples(40).forAll(Nachnutzungsbeispiele.core(b -> b)).checkAssert(b -> {
            OzgKatalog katalog = b.katalog(1 + b.arsEbene().ordinal());
            Gebietsverzeichnis gv = b.gebietsverzeichnis(1, 2);
            LocalDate tag = b.datum();
            List<Umsetzungsstand> zeilen = katalog.schluessel().isEmpty() ? List.of()
                    : b.umsetzungsstaende(katalog, gv, tag, 2);
            Umsetzungsbild bild = zeilen.stream().collect(Umsetzungsmatrix.collector(katalog, gv,
                    Zaehlregel.DASHBOARD_ONLINE));
            Pruefbericht bericht = Pruefbericht.of(List.of(), List.of(TechnischerFehler.of("kaputt", "broken")),
                    zeilen.size());
            gleich(bild);
            gleich(bild.gesamt());
            gleich(bild.zeilenbilanz());
            gleich(bericht);
            gleich(bericht.zusammenfassung());
            gleich(Umsetzungsbericht.of(bild, bericht));
            gleich(Federfuehrung.von(b.themenfeld(), tag));
            gleich(Zaehlregel.OZG_KONFORM);
        });
    }

    @Test
    void federfuehrungReadsByThemenfeldAndStichtagAndChecksTheRest() throws Exception {
        for (Themenfeld t : Themenfeld.values()) {
            Federfuehrung f = Federfuehrung.von(t, LocalDate.of(2022, 1, 1));
            String json = zwei(f);
            assertEquals(f, ZWEI.readValue(json, Federfuehrung.class));
            assertEquals(f, DREI.readValue(json, Federfuehrung.class));
        }
        String falsch = "{\"themenfeld\":\"Bildung\",\"stichtag\":\"2022-01-01\",\"laender\":[\"01\"]}";
        com.fasterxml.jackson.databind.JsonMappingException e = assertThrows(
                com.fasterxml.jackson.databind.JsonMappingException.class, () -> ZWEI.readValue(falsch, Federfuehrung.class));
        assertEquals(JsonViolation.MODEL_INVARIANT, ((OzgJsonException) e.getCause()).violation());
        assertTrue(e.getOriginalMessage().contains("laender"), e.getMessage());
        assertThrows(tools.jackson.databind.DatabindException.class, () -> DREI.readValue(falsch, Federfuehrung.class));
    }

    @Test
    void federfuehrungCarriesItsCoLeadsAndSources() throws Exception {
        Federfuehrung engagement = Federfuehrung.von(Themenfeld.ENGAGEMENT_HOBBY, LocalDate.of(2024, 1, 1));
        com.fasterxml.jackson.databind.JsonNode json = ZWEI.readTree(zwei(engagement));
        assertEquals(engagement.weitereFederfuehrende().size(), json.get("weitereFederfuehrende").size());
        assertTrue(json.get("weitereFederfuehrende").toString().contains("Spitzenverb"), json.toString());
        assertEquals(engagement.quellen().size(), json.get("quellen").size());
        assertTrue(json.get("quellen").size() > 0, json.toString());
        String ohneKoLeitung = "{\"themenfeld\":\"Engagement & Hobby\",\"stichtag\":\"2024-01-01\","
                + "\"weitereFederfuehrende\":[]}";
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> ZWEI.readValue(ohneKoLeitung, Federfuehrung.class));
    }

    @Test
    void aStatusRowOfTheModuleIsTheStreamingWritersRow() {
        qt().withExamples(300).forAll(Nachnutzungsbeispiele.core(Beispiele::umsetzungsstand)).checkAssert(s -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonLines(out)) {
                w.write(s);
            }
            String zeile = out.toString(StandardCharsets.UTF_8).strip();
            assertEquals(zeile, zwei(s));
            assertEquals(zeile, DREI.writeValueAsString(s));
        });
    }

    /** The refusals a lenient application mapper must still give for library types. */
    @Test
    void strictUnderAnyMapperWithTheSamePointer() {
        String row = "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\","
                + "\"online\":true";
        List<String[]> faelle = new ArrayList<>();
        faelle.add(new String[] {row + ",\"reifgrad\":\"V1:3\"}", "UNKNOWN_FIELD", "/reifgrad"});
        faelle.add(new String[] {row + ",\"online\":false}", "DUPLICATE_FIELD", "/online"});
        faelle.add(new String[] {row.replace("\"150020000000\"", "150020000000") + "}", "WRONG_TYPE", "/ars"});
        faelle.add(new String[] {row.replace("\"150020000000\"", "\"15002000000\"") + "}", "INVALID_VALUE", "/ars"});
        faelle.add(new String[] {"{\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\",\"online\":true}",
            "MISSING_FIELD", ""});
        for (String[] f : faelle) {
            com.fasterxml.jackson.databind.JsonMappingException z = assertThrows(
                    com.fasterxml.jackson.databind.JsonMappingException.class,
                    () -> ZWEI.readValue(f[0], Umsetzungsstand.class), f[0]);
            tools.jackson.databind.DatabindException d = assertThrows(tools.jackson.databind.DatabindException.class,
                    () -> DREI.readValue(f[0], Umsetzungsstand.class), f[0]);
            OzgJsonException oz = assertInstanceOf(OzgJsonException.class, z.getCause(), f[0]);
            OzgJsonException od = assertInstanceOf(OzgJsonException.class, d.getCause(), f[0]);
            assertEquals(f[1], oz.violation().name(), f[0]);
            assertEquals(f[2], oz.pointer().orElseThrow(), f[0]);
            assertEquals(oz.getMessage(), od.getMessage(), f[0]);
            assertEquals(z.getOriginalMessage(), d.getOriginalMessage(), f[0]);
            assertEquals(z.getClass().getSimpleName().replace("UnbekanntesFeld", "UnrecognizedPropertyException"),
                    d.getClass().getSimpleName().replace("UnbekanntesFeld", "UnrecognizedPropertyException"), f[0]);
        }
    }

    @Test
    void typesWithoutAFormFailLoudlyByName() {
        Reifegradverteilung v = new Reifegradverteilung(de.ozg.core.ref.ReifegradModell.V1, List.of(1L, 2L, 3L, 4L, 5L), 0);
        for (Object o : List.<Object>of(v, de.ozg.core.aggregation.NichtZugeordnet.Grund.ARS_UNBEKANNT)) {
            com.fasterxml.jackson.databind.exc.InvalidDefinitionException z = assertThrows(
                    com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class, () -> ZWEI.writeValueAsString(o));
            assertTrue(z.getOriginalMessage().contains(o.getClass().getName().replace('$', '.'))
                    || z.getOriginalMessage().contains(o.getClass().getName()), z.getMessage());
            tools.jackson.databind.exc.InvalidDefinitionException d = assertThrows(
                    tools.jackson.databind.exc.InvalidDefinitionException.class, () -> DREI.writeValueAsString(o));
            assertTrue(d.getOriginalMessage().contains("has no JSON form"), d.getMessage());
        }
        assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                () -> ZWEI.readValue("{\"modell\":\"V1\"}", Reifegradverteilung.class));
        assertThrows(tools.jackson.databind.exc.InvalidDefinitionException.class,
                () -> DREI.readValue("{\"modell\":\"V1\"}", Reifegradverteilung.class));
        // results are written, not read
        com.fasterxml.jackson.databind.exc.InvalidFormatException r = assertThrows(
                com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
                () -> ZWEI.readValue("{\"records\":0}", Pruefbericht.class));
        assertTrue(r.getOriginalMessage().contains("writing only"), r.getMessage());
    }

    /** A file's report as {@code ozg validate --json} prints it: the application's fields, then the report's. */
    record Dateibericht(String file, @JsonUnwrapped Pruefbericht bericht) {
    }

    @Test
    void unwrappedReportAndMessagesInTheWritersLanguage() throws Exception {
        Befund b = Befund.builder().severity(Severity.ERROR).regelId("X").fundstelle(Fundstelle.zeile(3, "ars"))
                .meldung("kaputt", "broken").build();
        Pruefbericht p = Pruefbericht.of(List.of(b), List.of(), 7);
        String de = ZWEI.writer().with(Locale.GERMAN).writeValueAsString(new Dateibericht("a.csv", p));
        assertEquals("{\"file\":\"a.csv\",\"records\":7,\"verdict\":\"UNGUELTIG\",\"summary\":{\"errors\":1,"
                + "\"warnings\":0,\"infos\":0,\"suppressed\":0},\"technicalErrors\":[],\"findings\":[{\"severity\":"
                + "\"ERROR\",\"rule\":\"X\",\"line\":3,\"column\":\"ars\",\"message\":\"kaputt\",\"messages\":"
                + "{\"de\":\"kaputt\",\"en\":\"broken\"}}]}", de);
        assertEquals(de.replace("\"message\":\"kaputt\"", "\"message\":\"broken\""),
                DREI.writer().with(Locale.ENGLISH).writeValueAsString(new Dateibericht("a.csv", p)));
    }

    @Test
    void serviceLoaderFindsTheJackson3Module() {
        tools.jackson.databind.json.JsonMapper m = tools.jackson.databind.json.JsonMapper.builder()
                .findAndAddModules().build();
        assertEquals("\"10000\"", m.writeValueAsString(OzgId.parse("10000")));
        assertThrows(tools.jackson.databind.exc.MismatchedInputException.class, () -> m.readValue("10000", OzgId.class));
    }
}
