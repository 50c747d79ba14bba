package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.FimId;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lagetyp;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Phase;
import de.ozg.core.model.Programm;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Bundesressort;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.json.csv.CsvWriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** read(write(x)).equals(x) for every type the module binds, single values and whole documents. */
class JsonRoundTripPropertiesTest {

    private static final JsonMapper MAPPER = OzgJson.mapper();

    /** The Jackson 3 binding, which must write the same bytes and read them back alike. */
    private static final tools.jackson.databind.json.JsonMapper MAPPER3 = de.ozg.json.jackson3.OzgJson.mapper();

    private static <T> void roundTrip(Gen<T> gen, Class<T> type) {
        qt().withExamples(300).forAll(gen).checkAssert(x -> {
            try {
                String json = MAPPER.writeValueAsString(x);
                assertEquals(x, MAPPER.readValue(json, type), json);
                assertEquals(x, OzgJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type));
                assertEquals(json, MAPPER3.writeValueAsString(x), "Jackson 3 writes other bytes");
                assertEquals(x, MAPPER3.readValue(json, type), json);
                assertEquals(x, de.ozg.json.jackson3.OzgJson.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type));
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Seeds for ozg-core's examples: every sample is {@code Beispiele.ofSeed(seed)}, reproducible from the seed. */
    private static <T> Gen<T> core(Function<Beispiele, T> f) {
        return Nachnutzungsbeispiele.core(f);
    }

    private static <T> Gen<T> reuse(Function<Nachnutzungsbeispiele, T> f) {
        return Nachnutzungsbeispiele.gen(f);
    }

    @Test
    void identifiers() {
        roundTrip(core(x -> x.kennungen().ozgId()), OzgId.class);
        roundTrip(core(x -> x.kennungen().leistungsschluessel()), Leistungsschluessel.class);
        roundTrip(core(x -> x.kennungen().ars()), Ars.class);
        roundTrip(core(x -> x.kennungen().ags()), Ags.class);
        roundTrip(core(x -> x.kennungen().fimId()), FimId.class);
    }

    @Test
    void referenceTypes() {
        roundTrip(core(x -> x.kennungen().bundesland()), Bundesland.class);
        roundTrip(core(x -> x.kennungen().themenfeld()), Themenfeld.class);
        roundTrip(core(x -> x.kennungen().typisierung()), Typisierung.class);
        roundTrip(core(x -> x.kennungen().nachnutzungsmodell()), Nachnutzungsmodell.class);
        roundTrip(core(x -> x.kennungen().priorisierung()), Priorisierung.class);
        roundTrip(core(x -> x.kennungen().flaechendeckung()), Flaechendeckung.class);
        roundTrip(core(x -> x.kennungen().reifegrad()), Reifegrad.class);
        roundTrip(core(x -> x.kennungen().arsEbene()), ArsEbene.class);
        roundTrip(Generate.pick(Bundesressort.alle()), Bundesressort.class);
        roundTrip(Generate.enumValues(Lagetyp.class), Lagetyp.class);
        roundTrip(Generate.enumValues(Programm.class), Programm.class);
        roundTrip(reuse(Nachnutzungsbeispiele::status), NachnutzungsStatus.class);
    }

    /** The open code lists keep their name too, although equality looks at the code alone. */
    @Test
    void openCodeListsKeepCodeAndName() {
        roundTrip(reuse(Nachnutzungsbeispiele::kategorie), Nachnutzungskategorie.class);
        roundTrip(reuse(Nachnutzungsbeispiele::phase), Phase.class);
        qt().withExamples(300).forAll(reuse(b -> List.of(b.kategorie(), b.phase()))).checkAssert(l -> {
            try {
                Nachnutzungskategorie k = (Nachnutzungskategorie) l.get(0);
                Phase p = (Phase) l.get(1);
                assertEquals(k.bezeichnung(), MAPPER.readValue(MAPPER.writeValueAsString(k),
                        Nachnutzungskategorie.class).bezeichnung());
                assertEquals(p.bezeichnung(), MAPPER.readValue(MAPPER.writeValueAsString(p), Phase.class).bezeichnung());
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void entities() {
        roundTrip(core(x -> x.katalog().lebenslage()), Lebenslage.class);
        roundTrip(core(x -> x.katalog().leikaLeistung()), LeikaLeistung.class);
        roundTrip(core(x -> x.katalog().leikaLeistungOhneSchluessel()), LeikaLeistung.class);
        roundTrip(core(x -> x.katalog().ozgLeistung()), OzgLeistung.class);
        roundTrip(core(x -> x.gebiete().gebiet()), Gebiet.class);
        roundTrip(core(x -> x.status().umsetzungsstand()), Umsetzungsstand.class);
        roundTrip(reuse(Nachnutzungsbeispiele::nachnutzung), Nachnutzung.class);
        roundTrip(reuse(Nachnutzungsbeispiele::onlinedienst), Onlinedienst.class);
        roundTrip(reuse(Nachnutzungsbeispiele::eintrag), Nachnutzungseintrag.class);
    }

    @Test
    void wholeDocuments() {
        roundTripDocument(core(b -> b.katalog().katalog(1 + b.kennungen().arsEbene().ordinal() * 7)), OzgKatalog.class);
        roundTripDocument(core(b -> b.gebiete().gebietsverzeichnis(1 + b.kennungen().arsEbene().ordinal(), 1 + b.kennungen().arsEbene().ordinal())),
                Gebietsverzeichnis.class);
        roundTripDocument(reuse(Nachnutzungsbeispiele::nachnutzungsuebersicht), Nachnutzungsuebersicht.class);
        roundTripDocument(reuse(Nachnutzungsbeispiele::onlinedienstverzeichnis), Onlinedienstverzeichnis.class);
    }

    /** Texts with quotes, backslashes, control characters, line separators and astral characters. */
    @Test
    void textsThatJsonMustEscape() {
        roundTrip(reuse(b -> Lebenslage.of(b.text(), b.beispiele.kennungen().themenfeld())), Lebenslage.class);
        roundTrip(reuse(b -> Gebiet.builder().ars(b.beispiele.kennungen().ars(ArsEbene.GEMEINDE)).ebene(ArsEbene.GEMEINDE)
                .name(b.text()).build()), Gebiet.class);
        roundTrip(reuse(b -> LeikaLeistung.builder().bezeichnung(b.text()).rechtsgrundlage(b.text()).build()),
                LeikaLeistung.class);
    }

    private static <T> void roundTripDocument(Gen<T> gen, Class<T> type) {
        qt().withExamples(60).forAll(gen).checkAssert(x -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OzgJson.write(x, out);
            assertEquals(x, OzgJson.read(new ByteArrayInputStream(out.toByteArray()), type),
                    () -> out.toString(StandardCharsets.UTF_8));
            ByteArrayOutputStream out3 = new ByteArrayOutputStream();
            de.ozg.json.jackson3.OzgJson.write(x, out3);
            assertEquals(out.toString(StandardCharsets.UTF_8), out3.toString(StandardCharsets.UTF_8));
            assertEquals(x, de.ozg.json.jackson3.OzgJson.read(new ByteArrayInputStream(out3.toByteArray()), type));
        });
    }

    @Test
    void identifiersAsMapKeys() throws Exception {
        qt().forAll(core(b -> Map.of(b.kennungen().ars(), b.kennungen().ozgId().toString()))).checkAssert(m -> {
            try {
                String json = MAPPER.writeValueAsString(m);
                Map<Ars, String> back = MAPPER.readValue(json,
                        MAPPER.getTypeFactory().constructMapType(Map.class, Ars.class, String.class));
                assertEquals(m, back);
                assertEquals(json, MAPPER3.writeValueAsString(m));
                assertEquals(m, MAPPER3.readValue(json,
                        MAPPER3.getTypeFactory().constructMapType(Map.class, Ars.class, String.class)));
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void katalogDocument() {
        qt().withExamples(100).forAll(core(b -> b.katalog().katalog(1 + b.kennungen().ozgId().toString().charAt(4) - '0'))).checkAssert(k -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OzgJson.writeKatalog(k, out);
            assertEquals(k, OzgJson.readKatalog(new ByteArrayInputStream(out.toByteArray())));
        });
    }

    @Test
    void reuseDocuments() {
        qt().withExamples(100).forAll(reuse(Nachnutzungsbeispiele::onlinedienstverzeichnis)).checkAssert(v -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OzgJson.writeOnlinedienste(v, out);
            assertEquals(v, OzgJson.readOnlinedienste(new ByteArrayInputStream(out.toByteArray())));
        });
        qt().withExamples(100).forAll(reuse(Nachnutzungsbeispiele::nachnutzungsuebersicht)).checkAssert(u -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OzgJson.writeNachnutzungsuebersicht(u, out);
            assertEquals(u, OzgJson.readNachnutzungsuebersicht(new ByteArrayInputStream(out.toByteArray())));
        });
    }

    /** Status rows of one Stichtag drawn by ozg-core from a small catalogue over a small directory. */
    static List<Umsetzungsstand> zeilen(Beispiele b) {
        OzgKatalog katalog = b.katalog().katalog(1 + b.kennungen().arsEbene().ordinal());
        Gebietsverzeichnis verzeichnis = b.gebiete().gebietsverzeichnis(1, 2);
        if (katalog.schluessel().isEmpty()) {
            return List.of();
        }
        return b.status().umsetzungsstaende(katalog, verzeichnis, b.kennungen().datum(), b.kennungen().arsEbene().ordinal() * 3);
    }

    private static void statusRoundTrip(Function<ByteArrayOutputStream, UmsetzungsstandWriter> writer,
            BiFunction<InputStream, List<de.ozg.core.validation.Befund>, UmsetzungsstandReader> reader) {
        qt().withExamples(200).forAll(core(JsonRoundTripPropertiesTest::zeilen)).checkAssert(rows -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (UmsetzungsstandWriter w = writer.apply(out)) {
                rows.forEach(w::write);
            }
            List<de.ozg.core.validation.Befund> befunde = new ArrayList<>();
            List<Umsetzungsstand> back = new ArrayList<>();
            try (UmsetzungsstandReader r = reader.apply(new ByteArrayInputStream(out.toByteArray()), befunde)) {
                r.forEachRemaining(back::add);
            }
            assertEquals(List.of(), befunde, () -> out.toString(StandardCharsets.UTF_8));
            assertEquals(rows, back, () -> out.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void statusJsonLines() {
        statusRoundTrip(UmsetzungsstandWriter::jsonLines, (in, b) -> UmsetzungsstandReader.jsonLines(in, b::add));
    }

    @Test
    void statusArray() {
        statusRoundTrip(UmsetzungsstandWriter::jsonArray, (in, b) -> UmsetzungsstandReader.jsonArray(in, b::add));
    }

    @Test
    void statusDocument() {
        qt().withExamples(200).forAll(core(JsonRoundTripPropertiesTest::zeilen)).checkAssert(rows -> {
            LocalDate stichtag = rows.isEmpty() ? LocalDate.of(2023, 5, 31) : rows.get(0).stichtag();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonDokument(out, stichtag)) {
                rows.forEach(w::write);
            }
            List<de.ozg.core.validation.Befund> befunde = new ArrayList<>();
            List<Umsetzungsstand> back = new ArrayList<>();
            try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonArray(new ByteArrayInputStream(out.toByteArray()),
                    befunde::add)) {
                r.forEachRemaining(back::add);
            }
            assertEquals(List.of(), befunde, () -> out.toString(StandardCharsets.UTF_8));
            assertEquals(rows, back, () -> out.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void statusCsvExcel() {
        statusRoundTrip(UmsetzungsstandWriter::csv, (in, b) -> UmsetzungsstandReader.csv(in, b::add));
    }

    @Test
    void statusCsvRfc4180() {
        statusRoundTrip(out -> UmsetzungsstandWriter.csv(out, CsvWriteOptions.rfc4180()),
                (in, b) -> UmsetzungsstandReader.csv(in, b::add));
    }
}
