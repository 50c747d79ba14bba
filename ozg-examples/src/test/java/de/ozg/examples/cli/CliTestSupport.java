package de.ozg.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the CLI in-process and captures what it prints. Every JSON output of {@code validate},
 * {@code report} and {@code diff} that a test produces is checked against the JSON Schema the tool
 * publishes for it, so no test can see output the schema does not describe.
 */
final class CliTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    static final Map<String, Schema> SCHEMAS = Map.of("validate", schema("validate"), "report", schema("report"),
            "diff", schema("diff"));
    private static final Set<String> MIT_JSON = SCHEMAS.keySet();

    private CliTestSupport() {
    }

    record Lauf(int exitCode, String out, String err) {
    }

    static Schema schema(String befehl) {
        try (InputStream in = OzgCli.class.getResourceAsStream("schema/" + befehl + ".schema.json")) {
            if (in == null) {
                throw new AssertionError("no schema for " + befehl);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lauf ozg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OzgCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        Lauf lauf = new Lauf(code, out.toString(), err.toString());
        pruefeJson(args, lauf);
        return lauf;
    }

    /** The schema's complaints about one JSON text; empty when it conforms. */
    static List<String> verstoesse(String befehl, String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            return SCHEMAS.get(befehl).validate(n).stream().map(Error::toString).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static void pruefeJson(String[] args, Lauf lauf) {
        List<String> a = List.of(args);
        if (!a.contains("--json") || a.contains("--help") || a.contains("-h")) {
            return;
        }
        String befehl = a.stream().filter(x -> !x.startsWith("-")).findFirst().orElse("");
        if (!MIT_JSON.contains(befehl)) {
            return;
        }
        for (String zeile : lauf.out().lines().filter(l -> !l.isBlank()).toList()) {
            List<String> v = verstoesse(befehl, zeile);
            if (!v.isEmpty()) {
                throw new AssertionError("ozg " + befehl + " --json does not match its schema: " + v + "\n" + zeile);
            }
        }
    }
}
