package de.ozg.examples.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.CsvWriteOptions;
import de.ozg.json.csv.CsvWriter;
import de.ozg.json.csv.internal.TableReader;
import de.ozg.json.quellen.CsvSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and checking an OZG-Umsetzungskatalog of the real catalogue's size (5,223 LeiKa rows)
 * from CSV bytes: the library's table reader feeding the pass of {@link Katalogregeln#check} with
 * the full {@link Katalogregeln#standard()} rule set, which also builds the {@link OzgKatalog},
 * against plain Jackson CSV reading of the same bytes into string arrays. {@link #nurLesen}
 * separates the CSV reading from the rules. The three methods keep their names across versions of
 * the library, so that runs before and after a change compare, each against its own Jackson
 * baseline.
 *
 * <p>The catalogue is generated (the real one may be absent where benchmarks run); its cells are
 * shorter than the real file's long Rechtsgrundlagen texts, so absolute times are a lower bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KatalogBenchmark {

    /** LeiKa rows of the generated catalogue (the real 2019 catalogue has 5,223). */
    @Param("5223")
    public int zeilen;

    private static final LocalDate STAND = LocalDate.of(2019, 12, 31);

    private byte[] csv;
    private Regelwerk<TableRow<Katalogspalte>> regeln;
    private CsvSource<Katalogspalte, OzgKatalog> quelle;
    private final CsvMapper mapper = new CsvMapper();

    /** Writes the generated catalogue as CSV into memory and checks that it reads without errors. */
    @Setup(Level.Trial)
    public void erzeuge() throws IOException {
        // the real catalogue's shape: 557 OZG-Leistungen with about nine LeiKa rows each; the
        // generator gives fewer, so further services with fresh keys are added round-robin
        Beispiele beispiele = Beispiele.ofSeed(2019L);
        OzgKatalog katalog = beispiele.katalog().katalog(557);
        List<OzgLeistung> buendel = katalog.leistungen();
        List<List<LeikaLeistung>> jeBuendel = new ArrayList<>();
        Set<Leistungsschluessel> vergeben = new HashSet<>();
        int n = 0;
        for (OzgLeistung l : buendel) {
            jeBuendel.add(new ArrayList<>(l.leistungen()));
            l.leistungen().forEach(ll -> ll.schluessel().ifPresent(vergeben::add));
            n += l.leistungen().size();
        }
        for (int i = 0; n < zeilen; i++) {
            LeikaLeistung neu = beispiele.katalog().leikaLeistung();
            if (neu.schluessel().map(vergeben::add).orElse(true)) {
                jeBuendel.get(i % buendel.size()).add(neu);
                n++;
            }
        }
        List<String> kopf = Arrays.stream(Katalogspalte.values()).map(Katalogspalte::bezeichnung).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.open(out, CsvWriteOptions.rfc4180(), kopf)) {
            for (int i = 0; i < buendel.size(); i++) {
                OzgLeistung l = buendel.get(i);
                for (LeikaLeistung ll : jeBuendel.get(i)) {
                    w.writeRow(l.themenfeld().bezeichnung(), l.lebenslage().bezeichnung(), l.ozgId().toString(),
                            l.bezeichnung(), ll.schluessel().map(Object::toString).orElse("nicht im LeiKa"),
                            ll.bezeichnung(), Typisierung.formatMenge(ll.typisierung()),
                            ll.rechtsgrundlage().orElse(""), ll.gesetze().orElse(""),
                            ll.gesetzeskuerzel().orElse(""), ll.sdg1() ? "1" : "0", ll.sdg2() ? "1" : "0");
                }
            }
        }
        csv = out.toByteArray();
        regeln = Katalogregeln.standard();
        quelle = CsvSource.umsetzungskatalog().withRegelwerk(regeln);
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        TableResult<OzgKatalog> e = lesenUndPruefen();
        if (e.bericht().datensaetze() != zeilen || !e.bericht().befunde(Severity.ERROR).isEmpty()) {
            throw new IllegalStateException("generated catalogue: " + e.bericht().datensaetze() + " rows, "
                    + e.bericht().befunde(Severity.ERROR).size() + " errors");
        }
    }

    /**
     * The library, complete: CSV reading with dialect detection, header mapping, every rule of the
     * standard set, and the catalogue built.
     *
     * @return catalogue and report
     */
    @Benchmark
    public TableResult<OzgKatalog> lesenUndPruefen() {
        return quelle.read(new ByteArrayInputStream(csv), null, STAND);
    }

    /**
     * The library's CSV reading alone: records into {@link TableRow}s, no rules.
     *
     * @param bh the sink
     * @return the number of rows
     */
    @Benchmark
    public long nurLesen(Blackhole bh) {
        long n = 0;
        try (TableReader<Katalogspalte> r = TableReader.open(new ByteArrayInputStream(csv), Katalogspalte.class,
                CsvReadOptions.defaults(), null, TableReader.Listener.of(bh::consume, bh::consume, bh::consume))) {
            while (r.hasNext()) {
                bh.consume(r.next());
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /**
     * The baseline: Jackson's CsvMapper with {@code WRAP_AS_ARRAY}, every row as a string array.
     *
     * @param bh the sink
     * @return the number of rows, header included
     * @throws IOException never for these bytes
     */
    @Benchmark
    public long jacksonCsv(Blackhole bh) throws IOException {
        long n = 0;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
            while (it.hasNext()) {
                bh.consume(it.next());
                n++;
            }
        }
        return n;
    }
}
