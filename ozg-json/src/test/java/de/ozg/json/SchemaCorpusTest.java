package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped JSON Schemas and the Java readers judge the same corpus alike: every document under
 * {@code corpus/valid} passes both, every one under {@code corpus/invalid} fails both. Two small
 * folders pin the known, deliberate differences: {@code lenient} holds spellings the Java reader
 * tolerates but the schema (which describes the canonical form this library writes) does not list;
 * {@code semantic} holds documents whose fields are each fine but that break a rule no JSON Schema
 * can state (a Lebenslage of another Themenfeld, one OZG-ID with two contents, duplicate keys,
 * field order for streaming).
 *
 * <p>File name prefixes select the format: {@code katalog-} catalogue document, {@code stand-}
 * status document, {@code array-} bare array of rows, {@code zeilen-} JSON Lines.
 */
class SchemaCorpusTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema KATALOG = schema("ozg-katalog.schema.json");
    private static final Schema STAND = schema("ozg-umsetzungsstand.schema.json");
    private static final Schema ZEILE = schema("ozg-umsetzungsstand-zeile.schema.json");
    private static final Schema DIENSTE = schema("ozg-onlinedienste.schema.json");
    private static final Schema UEBERSICHT = schema("ozg-nachnutzungsuebersicht.schema.json");

    private static Schema schema(String name) {
        try (InputStream in = OzgJson.class.getResourceAsStream("schema/" + name)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> dateien(String ordner) throws Exception {
        Path dir = Path.of(SchemaCorpusTest.class.getResource("corpus/" + ordner).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    /** What the schema says: the list of its complaints (empty = valid). */
    static List<String> schemaUrteil(Path datei) throws IOException {
        byte[] bytes = Files.readAllBytes(datei);
        String name = datei.getFileName().toString();
        List<String> fehler = new ArrayList<>();
        if (name.startsWith("zeilen-")) {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    fehler.addAll(validiere(ZEILE, lines[i].getBytes(StandardCharsets.UTF_8), "line " + (i + 1)));
                }
            }
            return fehler;
        }
        if (name.startsWith("array-")) {
            JsonNode node;
            try {
                node = PLAIN.readTree(bytes);
            } catch (IOException e) {
                return List.of("not JSON: " + e.getMessage());
            }
            if (!node.isArray()) {
                return List.of("not an array");
            }
            for (int i = 0; i < node.size(); i++) {
                int index = i;
                ZEILE.validate(node.get(i)).forEach(e -> fehler.add("/" + index + ": " + e));
            }
            return fehler;
        }
        Schema schema = name.startsWith("katalog-") ? KATALOG : name.startsWith("dienste-") ? DIENSTE
                : name.startsWith("uebersicht-") ? UEBERSICHT : STAND;
        return validiere(schema, bytes, "");
    }

    private static List<String> validiere(Schema schema, byte[] bytes, String wo) {
        try {
            JsonNode node = PLAIN.readTree(bytes);
            return schema.validate(node).stream().map(Error::toString).map(s -> wo + " " + s).toList();
        } catch (IOException e) {
            return List.of(wo + " not JSON: " + e.getMessage());
        }
    }

    /** What the Java reader says: the exception or ERROR findings (empty = valid). */
    static List<String> javaUrteil(Path datei) throws IOException {
        byte[] bytes = Files.readAllBytes(datei);
        String name = datei.getFileName().toString();
        if (name.startsWith("katalog-") || name.startsWith("dienste-") || name.startsWith("uebersicht-")) {
            try {
                InputStream doc = new ByteArrayInputStream(bytes);
                if (name.startsWith("katalog-")) {
                    OzgJson.readKatalog(doc);
                } else if (name.startsWith("dienste-")) {
                    OzgJson.readOnlinedienste(doc);
                } else {
                    OzgJson.readNachnutzungsuebersicht(doc);
                }
                return List.of();
            } catch (OzgJsonException e) {
                return List.of(e.violation() + ": " + e.getMessage());
            }
        }
        List<Befund> befunde = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(bytes);
        try (UmsetzungsstandReader r = name.startsWith("zeilen-")
                ? UmsetzungsstandReader.jsonLines(in, befunde::add) : UmsetzungsstandReader.jsonArray(in, befunde::add)) {
            r.forEachRemaining(x -> { });
        }
        return befunde.stream().filter(b -> b.severity() == Severity.ERROR).map(Befund::toString).toList();
    }

    /**
     * What the Jackson 3 binding says about a document: the violation and pointer, or empty when it
     * reads; status rows are read by the streaming readers alone, so they have no Jackson 3 verdict.
     */
    static Optional<List<String>> jackson3Urteil(Path datei) throws IOException {
        String name = datei.getFileName().toString();
        Class<?> type = name.startsWith("katalog-") ? de.ozg.core.model.OzgKatalog.class
                : name.startsWith("dienste-") ? Onlinedienstverzeichnis.class
                : name.startsWith("uebersicht-") ? de.ozg.core.model.Nachnutzungsuebersicht.class : null;
        if (type == null) {
            return Optional.empty();
        }
        try {
            de.ozg.json.jackson3.OzgJson.read(new ByteArrayInputStream(Files.readAllBytes(datei)), type);
            return Optional.of(List.of());
        } catch (OzgJsonException e) {
            return Optional.of(List.of(e.violation() + ": " + e.getMessage()));
        }
    }

    private static Stream<DynamicTest> fuer(String ordner, boolean schemaGueltig, boolean javaGueltig) throws Exception {
        return dateien(ordner).stream().map(f -> DynamicTest.dynamicTest(ordner + "/" + f.getFileName(), () -> {
            List<String> schema = schemaUrteil(f);
            List<String> java = javaUrteil(f);
            assertEquals(schemaGueltig, schema.isEmpty(), () -> "schema: " + schema);
            assertEquals(javaGueltig, java.isEmpty(), () -> "java: " + java);
            Optional<List<String>> drei = jackson3Urteil(f);
            if (drei.isPresent()) {
                // the same violation, pointer and message (up to Jackson's own wording of syntax errors)
                assertEquals(ohneOrt(java), ohneOrt(drei.get()), "Jackson 3 judges otherwise");
            }
        }));
    }

    /** Drops the line and column Jackson adds to syntax errors, which the two lines word differently. */
    private static List<String> ohneOrt(List<String> urteil) {
        return urteil.stream().map(s -> s.startsWith("MALFORMED_JSON") || s.startsWith("INVALID_ENCODING")
                ? s.substring(0, s.indexOf(':', s.indexOf(':') + 1) + 1) : s).toList();
    }

    @TestFactory
    Stream<DynamicTest> validDocumentsPassBoth() throws Exception {
        return fuer("valid", true, true);
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsFailBoth() throws Exception {
        return fuer("invalid", false, false);
    }

    @TestFactory
    Stream<DynamicTest> tolerantSpellingsPassOnlyTheJavaReader() throws Exception {
        return fuer("lenient", false, true);
    }

    @TestFactory
    Stream<DynamicTest> crossFieldRulesFailOnlyTheJavaReader() throws Exception {
        return fuer("semantic", true, false);
    }

    @Test
    void corpusCoversEveryFormat() throws Exception {
        for (String ordner : List.of("valid", "invalid")) {
            Set<String> praefixe = new HashSet<>();
            dateien(ordner).forEach(f -> praefixe.add(f.getFileName().toString().split("-")[0]));
            assertEquals(Set.of("katalog", "stand", "array", "zeilen", "dienste", "uebersicht"), praefixe, ordner);
        }
        assertTrue(dateien("invalid").size() >= 70);
    }

    @Test
    void schemaEnumerationsMatchTheReferenceTypes() throws Exception {
        JsonNode k = baum("schema/ozg-katalog.schema.json");
        Set<String> themen = new HashSet<>();
        k.at("/$defs/themenfeld/enum").forEach(n -> themen.add(n.asText()));
        Set<String> erwartet = new HashSet<>();
        for (Themenfeld t : Themenfeld.values()) {
            erwartet.add(t.bezeichnung());
            erwartet.add(t.fimCode());
        }
        assertEquals(erwartet, themen);
        Set<String> typen = new HashSet<>();
        k.at("/$defs/typisierung/enum").forEach(n -> typen.add(n.asText()));
        assertEquals(Stream.of(Typisierung.values()).map(Typisierung::code).collect(Collectors.toSet()), typen);
        JsonNode z = baum("schema/ozg-umsetzungsstand-zeile.schema.json");
        Set<String> klassen = new HashSet<>();
        z.at("/properties/flaechendeckung/enum").forEach(n -> {
            if (!n.isNull()) {
                klassen.add(n.asText());
            }
        });
        assertEquals(Stream.of(Flaechendeckung.values()).map(Flaechendeckung::code).collect(Collectors.toSet()), klassen);
        assertFalse(z.at("/$id").asText().isEmpty());
    }

    @Test
    void documentsWrittenByTheLibraryValidate() {
        for (int i = 0; i < 100; i++) {
            Beispiele b = Beispiele.ofSeed(i);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            OzgKatalog katalog = b.katalog().katalog(1 + i % 20);
            OzgJson.writeKatalog(katalog, out);
            assertEquals(List.of(), validiere(KATALOG, out.toByteArray(), "katalog"));
            assertEquals(out.toString(StandardCharsets.UTF_8), jackson3(katalog), "Jackson 3 writes the same document");
            java.io.ByteArrayOutputStream stand = new java.io.ByteArrayOutputStream();
            List<de.ozg.core.model.Umsetzungsstand> zeilen = JsonRoundTripPropertiesTest.zeilen(b);
            java.time.LocalDate stichtag = zeilen.isEmpty() ? java.time.LocalDate.of(2023, 5, 31) : zeilen.get(0).stichtag();
            try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonDokument(stand, stichtag)) {
                zeilen.forEach(w::write);
            }
            assertEquals(List.of(), validiere(STAND, stand.toByteArray(), "stand"));
            Nachnutzungsbeispiele n = new Nachnutzungsbeispiele(i);
            java.io.ByteArrayOutputStream dienste = new java.io.ByteArrayOutputStream();
            Onlinedienstverzeichnis verzeichnis = n.onlinedienstverzeichnis();
            OzgJson.writeOnlinedienste(verzeichnis, dienste);
            assertEquals(List.of(), validiere(DIENSTE, dienste.toByteArray(), "dienste"));
            assertEquals(dienste.toString(StandardCharsets.UTF_8), jackson3(verzeichnis));
            java.io.ByteArrayOutputStream uebersicht = new java.io.ByteArrayOutputStream();
            de.ozg.core.model.Nachnutzungsuebersicht nu = n.nachnutzungsuebersicht();
            OzgJson.writeNachnutzungsuebersicht(nu, uebersicht);
            assertEquals(List.of(), validiere(UEBERSICHT, uebersicht.toByteArray(), "uebersicht"),
                    () -> uebersicht.toString(StandardCharsets.UTF_8));
            assertEquals(uebersicht.toString(StandardCharsets.UTF_8), jackson3(nu));
        }
    }

    /** A document as the Jackson 3 binding writes it; the schema checks above hold for it as they are the same bytes. */
    private static String jackson3(Object dokument) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        de.ozg.json.jackson3.OzgJson.write(dokument, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The two reuse schemas share the definitions of Onlinedienst and its parts: they must not drift. */
    @Test
    void reuseSchemasShareTheirDefinitions() throws Exception {
        JsonNode d = baum("schema/ozg-onlinedienste.schema.json");
        JsonNode u = baum("schema/ozg-nachnutzungsuebersicht.schema.json");
        d.get("$defs").fieldNames().forEachRemaining(name ->
                assertEquals(d.get("$defs").get(name), u.get("$defs").get(name), name));
    }

    @Test
    void reuseEnumerationsMatchTheModel() throws Exception {
        JsonNode u = baum("schema/ozg-nachnutzungsuebersicht.schema.json");
        assertEquals(codes(de.ozg.core.model.Nachnutzungskategorie.bekannte().stream()
                .map(de.ozg.core.model.Nachnutzungskategorie::code)), codes(u.at("/$defs/kategorie/anyOf/0/enum")));
        assertEquals(codes(de.ozg.core.model.Phase.bekannte().stream().map(de.ozg.core.model.Phase::code)),
                codes(u.at("/$defs/phase/anyOf/0/enum")));
        assertEquals(codes(Stream.of(de.ozg.core.model.NachnutzungsStatus.values()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT))),
                codes(u.at("/$defs/nachnutzung/properties/status/enum")));
        assertEquals(codes(Stream.of(de.ozg.core.ref.Nachnutzungsmodell.values()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT))),
                codes(u.at("/$defs/nachnutzungsmodell/enum")));
    }

    private static JsonNode baum(String schema) throws IOException {
        try (InputStream in = OzgJson.class.getResourceAsStream(schema)) {
            return PLAIN.readTree(in);
        }
    }

    private static Set<String> codes(Stream<String> s) {
        return s.collect(Collectors.toSet());
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> set = new HashSet<>();
        array.forEach(n -> set.add(n.asText()));
        assertFalse(set.isEmpty());
        return set;
    }
}
