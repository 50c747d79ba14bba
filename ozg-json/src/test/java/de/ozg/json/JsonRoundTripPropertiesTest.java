package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.FimId;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
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

    private static <T> void roundTrip(Gen<T> gen, Class<T> type) {
        qt().withExamples(300).forAll(gen).checkAssert(x -> {
            try {
                String json = MAPPER.writeValueAsString(x);
                assertEquals(x, MAPPER.readValue(json, type), json);
                assertEquals(x, OzgJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type));
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void identifiers() {
        roundTrip(Beispiele.gen(Beispiele::ozgId), OzgId.class);
        roundTrip(Beispiele.gen(Beispiele::schluessel), Leistungsschluessel.class);
        roundTrip(Beispiele.gen(Beispiele::ars), Ars.class);
        roundTrip(Beispiele.gen(Beispiele::ags), Ags.class);
        roundTrip(Beispiele.gen(Beispiele::fimId), FimId.class);
    }

    @Test
    void referenceTypes() {
        roundTrip(Generate.enumValues(Bundesland.class), Bundesland.class);
        roundTrip(Generate.enumValues(Themenfeld.class), Themenfeld.class);
        roundTrip(Generate.enumValues(Typisierung.class), Typisierung.class);
        roundTrip(Generate.enumValues(Nachnutzungsmodell.class), Nachnutzungsmodell.class);
        roundTrip(Generate.enumValues(Priorisierung.class), Priorisierung.class);
        roundTrip(Generate.enumValues(Flaechendeckung.class), Flaechendeckung.class);
        roundTrip(Beispiele.gen(Beispiele::reifegrad), Reifegrad.class);
        roundTrip(Generate.pick(Bundesressort.alle()), Bundesressort.class);
    }

    @Test
    void entities() {
        roundTrip(Beispiele.gen(Beispiele::lebenslage), Lebenslage.class);
        roundTrip(Beispiele.gen(Beispiele::leikaLeistung), LeikaLeistung.class);
        roundTrip(Beispiele.gen(Beispiele::ozgLeistung), OzgLeistung.class);
        roundTrip(Beispiele.gen(Beispiele::katalog), OzgKatalog.class);
        roundTrip(Beispiele.gen(Beispiele::gebiet), Gebiet.class);
        roundTrip(Beispiele.gen(Beispiele::gebietsverzeichnis), Gebietsverzeichnis.class);
        roundTrip(Beispiele.gen(Beispiele::umsetzungsstand), Umsetzungsstand.class);
    }

    @Test
    void identifiersAsMapKeys() throws Exception {
        qt().forAll(Beispiele.gen(r -> Map.of(Beispiele.ars(r), Beispiele.text(r)))).checkAssert(m -> {
            try {
                String json = MAPPER.writeValueAsString(m);
                Map<Ars, String> back = MAPPER.readValue(json,
                        MAPPER.getTypeFactory().constructMapType(Map.class, Ars.class, String.class));
                assertEquals(m, back);
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void katalogDocument() {
        qt().withExamples(200).forAll(Beispiele.gen(Beispiele::katalog)).checkAssert(k -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OzgJson.writeKatalog(k, out);
            assertEquals(k, OzgJson.readKatalog(new ByteArrayInputStream(out.toByteArray())));
        });
    }

    private static void statusRoundTrip(Function<ByteArrayOutputStream, UmsetzungsstandWriter> writer,
            BiFunction<InputStream, List<de.ozg.core.validation.Befund>, UmsetzungsstandReader> reader) {
        qt().withExamples(200).forAll(Beispiele.gen(Beispiele::zeilen)).checkAssert(rows -> {
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
        statusRoundTrip(out -> UmsetzungsstandWriter.jsonDokument(out, LocalDate.of(2023, 5, 31)),
                (in, b) -> UmsetzungsstandReader.jsonArray(in, b::add));
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
