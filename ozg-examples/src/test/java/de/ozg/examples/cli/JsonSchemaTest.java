package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published schemas of {@code validate --json}, {@code report --json} and {@code diff --json}
 * are draft 2020-12 schemas that hold what the commands print (every test's JSON output passes
 * through {@link CliTestSupport}) and that are strict enough to catch output that breaks the
 * contract: each mutation below of a real output must fail its schema.
 */
class JsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSchemasAreValidDraft202012Schemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("validate", "report", "diff")) {
            try (InputStream in = OzgCli.class.getResourceAsStream("schema/" + name + ".schema.json")) {
                JsonNode schema = MAPPER.readTree(in);
                assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
                assertEquals(List.of(), meta.validate(schema).stream().map(Object::toString).toList(), name);
            }
        }
    }

    private static void verletzt(String befehl, JsonNode gut, Consumer<ObjectNode> aenderung) {
        assertEquals(List.of(), CliTestSupport.verstoesse(befehl, gut.toString()), "the output itself conforms");
        ObjectNode kaputt = gut.deepCopy();
        aenderung.accept(kaputt);
        assertFalse(CliTestSupport.verstoesse(befehl, kaputt.toString()).isEmpty(), "must fail: " + kaputt);
    }

    @Test
    void validateSchemaCatchesBrokenOutput() throws IOException {
        Path katalog = Testdateien.ersetze(Testdateien.katalog(dir), "10001,Kindergeld", "1000l,Kindergeld");
        JsonNode gut = MAPPER.readTree(ozg("validate", "--json", katalog.toString()).out());
        verletzt("validate", gut, o -> o.remove("findings"));
        verletzt("validate", gut, o -> o.put("format", "excel"));
        verletzt("validate", gut, o -> o.put("records", -1));
        verletzt("validate", gut, o -> o.put("verdict", "OK"));
        verletzt("validate", gut, o -> ((ObjectNode) o.path("findings").get(0)).put("severity", "FATAL"));
        verletzt("validate", gut, o -> ((ObjectNode) o.path("findings").get(0)).put("rule", "kaputte regel"));
        verletzt("validate", gut, o -> ((ObjectNode) o.path("findings").get(0)).put("line", 0));
        verletzt("validate", gut, o -> o.put("stand", "gestern"));
    }

    @Test
    void reportSchemaCatchesBrokenOutput() throws IOException {
        Path katalog = Testdateien.katalog(dir);
        Path stand = Testdateien.status(dir, "neu.csv", UmsetzungsstandWriter::csv, Testdateien.standNeu());
        JsonNode mitStand = MAPPER.readTree(ozg("report", "--json", "--katalog", katalog.toString(), "--stand",
                stand.toString()).out());
        JsonNode ohneStand = MAPPER.readTree(ozg("report", "--json", "--katalog", katalog.toString()).out());
        assertTrue(ohneStand.path("katalog").path("stand").isNull(), ohneStand::toString);
        verletzt("report", ohneStand, o -> ((ObjectNode) o.path("katalog")).put("stand", "heute"));
        verletzt("report", ohneStand, o -> o.remove("eingaben"));
        verletzt("report", ohneStand, o -> ((ObjectNode) o.path("eingaben").get(0)).remove("standQuelle"));
        verletzt("report", ohneStand, o -> ((ObjectNode) o.path("themenfelder").get(0)).put("leikaOnline", 0));
        verletzt("report", mitStand, o -> o.remove("gesamt"));
        verletzt("report", mitStand, o -> ((ObjectNode) o.path("zeilen")).remove("abgewiesen"));
        verletzt("report", mitStand, o -> ((ObjectNode) o.path("eingaben").get(1)).remove("stichtage"));
        verletzt("report", mitStand, o -> ((ObjectNode) o.path("laender").get(0)).put("land", "17"));
        verletzt("report", mitStand, o -> ((ObjectNode) o.path("zaehlregel")).put("kombination", "MITTEL"));
    }

    @Test
    void diffSchemaCatchesBrokenOutput() throws IOException {
        Path alt = Testdateien.status(dir, "alt.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standAlt());
        Path neu = Testdateien.status(dir, "neu.jsonl", UmsetzungsstandWriter::jsonLines, Testdateien.standNeu());
        String text = ozg("diff", "--json", alt.toString(), neu.toString()).out();
        JsonNode gut = MAPPER.readTree(text);
        assertEquals(1, text.split("\"neu\"", -1).length - 1, "the key neu once: " + text);
        assertEquals(neu.toString(), gut.path("dateiNeu").path("datei").asText());
        assertEquals("2023-05-31", gut.path("dateiNeu").path("stichtage").path("letzter").asText());
        verletzt("diff", gut, o -> o.put("neu", neu.toString()));
        verletzt("diff", gut, o -> o.put("zeilenaenderung", "viel"));
        verletzt("diff", gut, o -> ((ObjectNode) o.path("dateiAlt")).remove("datensaetze"));
    }
}
