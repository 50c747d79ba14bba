package de.ozg.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.examples.cli.Statusgenerator;
import de.ozg.json.UmsetzungsstandReader;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The status-row workload side by side, on the same bytes in one run: parse, validate and count
 * 100,000 JSON Lines rows per Land and per Themenfeld. Four ways: (1) the limit, a hand-written
 * Jackson token loop with digit checks and bitsets; (2) this library, {@link UmsetzungsstandReader}
 * into an {@link Umsetzungsmatrix}; (3) what a vendor would write without it, Jackson databind into
 * a POJO checked by Hibernate Validator annotations and counted with {@code Collectors.groupingBy};
 * (4) JSON Schema validation of each row with networknt's validator against the row schema shipped
 * in ozg-json (structure only, no counting). The rows come from {@link Statusgenerator} over the
 * real 2019 catalogue and Gemeindeverzeichnis when {@code -Dozg.shared.data} points at them, else
 * over a generated world; 0.1 % carry unknown keys, none is syntactically broken (databind's
 * iterator cannot resume after a syntax error).
 *
 * <p>(1) and (3) count a row online like the dashboard rule: active, online and Reifegrad absent or
 * V1:2 and up; per Land and Themenfeld the distinct LeiKa keys online. (2) computes more: the
 * Gemeinden each service covers, Reifegrad distributions and the row balance.
 *
 * <pre>
 * java -Dozg.shared.data=../shared/data -cp ozg-examples/target/ozg.jar org.openjdk.jmh.Main Vergleich
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class VergleichStatuszeilen {

    /** Rows per operation: divide the time per operation by this for the time per row. */
    public static final int ZEILEN = 100_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private byte[] daten;
    private Umsetzungsmatrix vorlage;
    private long[] schluessel;
    private byte[] themenfeldVon;
    private Map<String, Themenfeld> themenfeldNachSchluessel;
    private ValidatorFactory validierung;
    private Validator validator;
    private ObjectReader pojoLeser;
    private ObjectReader knotenLeser;
    private Schema schema;

    /** Generates the rows and the lookup structures of every variant; not measured. */
    @Setup(Level.Trial)
    public void setup() throws IOException {
        String wo = System.getProperty("ozg.shared.data");
        Statusgenerator.Welt welt = (wo == null ? java.util.Optional.<Statusgenerator.Welt>empty()
                : Statusgenerator.Welt.echt(Path.of(wo))).orElseGet(() -> Statusgenerator.Welt.beispiel(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(ZEILEN * 256);
        Statusgenerator.of(welt, 2019).withFehlerhafteZeilen(0).schreibe(out, Statusgenerator.Format.JSONL, ZEILEN,
                n -> { });
        daten = out.toByteArray();
        vorlage = Umsetzungsmatrix.zero(welt.katalog(), welt.verzeichnis(), Zaehlregel.DASHBOARD_ONLINE);

        TreeMap<Long, Themenfeld> sortiert = new TreeMap<>();
        themenfeldNachSchluessel = new HashMap<>();
        for (OzgLeistung o : welt.katalog().leistungen()) {
            for (LeikaLeistung l : o.leistungen()) {
                for (Leistungsschluessel k : l.schluessel().stream().toList()) {
                    sortiert.putIfAbsent(k.longValue(), o.themenfeld());
                    themenfeldNachSchluessel.putIfAbsent(k.toString(), o.themenfeld());
                }
            }
        }
        schluessel = sortiert.keySet().stream().mapToLong(Long::longValue).toArray();
        themenfeldVon = new byte[schluessel.length];
        int i = 0;
        for (Themenfeld t : sortiert.values()) {
            themenfeldVon[i++] = (byte) t.ordinal();
        }

        validierung = Validation.buildDefaultValidatorFactory();
        validator = validierung.getValidator();
        pojoLeser = MAPPER.readerFor(Zeile.class);
        knotenLeser = MAPPER.readerFor(JsonNode.class);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = UmsetzungsstandReader.class.getResourceAsStream(
                "schema/ozg-umsetzungsstand-zeile.schema.json")) {
            schema = registry.getSchema(in);
        }
    }

    /** Closes the validator factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        validierung.close();
    }

    // --- (1) the limit ------------------------------------------------------------------------

    /**
     * A hand-written token loop: no objects per row but the parser's strings.
     *
     * @return per Land and Themenfeld the number of distinct keys online, and the bad-row count
     * @throws IOException never for the generated bytes
     */
    @Benchmark
    public long[] grenzeTokenschleife() throws IOException {
        int woerter = (schluessel.length + 63) >>> 6;
        long[][] land = new long[17][woerter];
        long[][] feld = new long[Themenfeld.values().length][woerter];
        long schlecht = 0;
        long unbekannt = 0;
        try (JsonParser p = FACTORY.createParser(daten)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long k = -1;
                int landNr = -1;
                boolean online = false;
                boolean aktiv = true;
                boolean stufeOk = true;
                boolean gut = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (name) {
                        case "schluessel":
                            k = ziffern(p, 14);
                            gut &= k >= 0;
                            break;
                        case "ars":
                            long a = ziffern(p, 12);
                            landNr = a < 0 ? -1 : (int) (a / 10_000_000_000L);
                            gut &= landNr >= 0 && landNr <= 16;
                            break;
                        case "online":
                            online = t == JsonToken.VALUE_TRUE;
                            gut &= t.isBoolean();
                            break;
                        case "aktiv":
                            aktiv = t != JsonToken.VALUE_FALSE;
                            break;
                        case "stichtag":
                            gut &= t == JsonToken.VALUE_STRING && p.getTextLength() == 10;
                            break;
                        case "reifegrad":
                            if (t == JsonToken.VALUE_STRING) {
                                char[] c = p.getTextCharacters();
                                int o = p.getTextOffset();
                                gut &= p.getTextLength() == 4 && c[o] == 'V' && c[o + 2] == ':';
                                stufeOk = c[o + 1] == '1' && c[o + 3] >= '2' && c[o + 3] <= '4';
                            }
                            break;
                        default:
                            break;
                    }
                }
                if (!gut || k < 0 || landNr < 0) {
                    schlecht++;
                    continue;
                }
                int i = Arrays.binarySearch(schluessel, k);
                if (i < 0) {
                    unbekannt++;
                    continue;
                }
                if (aktiv && online && stufeOk) {
                    land[landNr][i >>> 6] |= 1L << i;
                    feld[themenfeldVon[i]][i >>> 6] |= 1L << i;
                }
            }
        }
        long[] ergebnis = new long[17 + feld.length + 2];
        for (int l = 1; l <= 16; l++) {
            ergebnis[l] = Arrays.stream(land[l]).map(Long::bitCount).sum();
        }
        for (int f = 0; f < feld.length; f++) {
            ergebnis[17 + f] = Arrays.stream(feld[f]).map(Long::bitCount).sum();
        }
        ergebnis[ergebnis.length - 2] = schlecht;
        ergebnis[ergebnis.length - 1] = unbekannt;
        return ergebnis;
    }

    /** The value of a string of exactly {@code n} ASCII digits, else -1. */
    private static long ziffern(JsonParser p, int n) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() != n) {
            return -1;
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = c[o + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    // --- (2) this library ---------------------------------------------------------------------

    /**
     * The library's pipeline: the row reader (full identifier and reference checks, findings with
     * line numbers) into the LeiKa × Gemeinde matrix, then the per-Land and per-Themenfeld figures.
     *
     * @param bh sink for the figures
     * @return the row balance's total
     */
    @Benchmark
    public long bibliothek(Blackhole bh) {
        Umsetzungsmatrix matrix = vorlage.zeroLike();
        long[] befunde = new long[1];
        try (UmsetzungsstandReader leser = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(daten),
                b -> befunde[0]++)) {
            while (leser.hasNext()) {
                matrix.add(leser.next());
            }
        }
        Umsetzungsbild bild = matrix.result();
        bh.consume(bild.proLand());
        bh.consume(bild.proThemenfeld());
        bh.consume(befunde[0]);
        return bild.zeilenbilanz().gesamt();
    }

    // --- (3) databind + Bean Validation + groupingBy -----------------------------------------

    /** One row as a vendor would bind it. Jackson fills the public fields. */
    public static final class Zeile {
        /** LeiKa key. */
        @NotNull
        @Pattern(regexp = "\\d{14}")
        public String schluessel;
        /** ARS. */
        @NotNull
        @Pattern(regexp = "(0[1-9]|1[0-6])\\d{10}|0{12}")
        public String ars;
        /** Stichtag. */
        @NotNull
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
        public String stichtag;
        /** Online. */
        @NotNull
        public Boolean online;
        /** Active. */
        public Boolean aktiv;
        /** Reifegrad. */
        @Pattern(regexp = "V1:[0-4]|V2:[0-7]")
        public String reifegrad;
        /** URL. */
        public String url;
        /** Flächendeckung class. */
        public String flaechendeckung;
        /** OZG-ID. */
        @Pattern(regexp = "\\d{5}")
        public String ozgId;

        boolean isGezaehlt() {
            return online && !Boolean.FALSE.equals(aktiv)
                    && (reifegrad == null || reifegrad.startsWith("V1:") && reifegrad.charAt(3) >= '2');
        }
    }

    /**
     * Databind, Hibernate Validator, {@code groupingBy}.
     *
     * @return per Land and per Themenfeld the distinct keys online
     * @throws IOException never for the generated bytes
     */
    @Benchmark
    public Object databindBeanValidation() throws IOException {
        long[] ungueltig = new long[1];
        try (MappingIterator<Zeile> it = pojoLeser.readValues(daten)) {
            Map<String, Map<String, Set<String>>> ergebnis = StreamSupport.stream(
                    Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                    .filter(z -> {
                        boolean ok = validator.validate(z).isEmpty();
                        if (!ok) {
                            ungueltig[0]++;
                        }
                        return ok;
                    })
                    .filter(z -> themenfeldNachSchluessel.containsKey(z.schluessel))
                    .filter(Zeile::isGezaehlt)
                    .collect(Collectors.teeing(
                            Collectors.groupingBy(z -> z.ars.substring(0, 2),
                                    Collectors.mapping(z -> z.schluessel, Collectors.toSet())),
                            Collectors.groupingBy(z -> themenfeldNachSchluessel.get(z.schluessel).name(),
                                    Collectors.mapping(z -> z.schluessel, Collectors.toSet())),
                            (l, t) -> Map.of("land", l, "themenfeld", t)));
            return new Object[] {ergebnis, ungueltig[0]};
        }
    }

    // --- (4) JSON Schema per row --------------------------------------------------------------

    /**
     * Each row read as a tree and validated against the shipped row schema.
     *
     * @return the number of schema errors
     */
    @Benchmark
    public long jsonSchema() {
        long fehler = 0;
        try (MappingIterator<JsonNode> it = knotenLeser.readValues(daten)) {
            while (it.hasNext()) {
                fehler += schema.validate(it.next()).size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fehler;
    }
}
