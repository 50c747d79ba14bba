package de.ozg.examples.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.UmsetzungsstandWriter;
import de.ozg.json.csv.CsvWriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Reading the dashboard's status CSV export: the library's {@link UmsetzungsstandReader#csv} (table
 * reader, header mapping, every value checked, an immutable {@link Umsetzungsstand} per row) against
 * plain Jackson CSV reading of the same bytes into string arrays.
 *
 * <p>Before/after comparisons: this class and {@link Statusbeispiele} use only API that has not
 * changed since the status CSV moved to the table reader ({@code UmsetzungsstandWriter.csv},
 * {@code UmsetzungsstandReader.csv}, {@code Beispiele}), so both files compile against the library
 * before that change; run them there and here, and compare the ratio {@code bibliothek / jacksonCsv}
 * of each run (absolute times of two runs on a shared machine do not compare).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatusCsvBenchmark {

    /** Rows in the generated CSV input. */
    @Param("200000")
    public int zeilen;

    private byte[] csv;
    private final CsvMapper mapper = new CsvMapper();

    /** Generates the rows once and writes them as RFC 4180 CSV into memory. */
    @Setup(Level.Trial)
    public void erzeuge() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zeilen * 120);
        try (UmsetzungsstandWriter w = UmsetzungsstandWriter.csv(out, CsvWriteOptions.rfc4180())) {
            Statusbeispiele.erzeuge(zeilen, w::write);
        }
        csv = out.toByteArray();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long gelesen;
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(new ByteArrayInputStream(csv), f -> {
            throw new IllegalStateException("generated row rejected: " + f);
        })) {
            gelesen = r.stream().count();
        }
        long jackson = 0;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
            while (it.hasNext()) {
                it.next();
                jackson++;
            }
        }
        if (gelesen != zeilen || jackson != zeilen + 1) {
            throw new IllegalStateException("read " + gelesen + " rows and " + jackson + " Jackson records, wrote "
                    + zeilen);
        }
    }

    /**
     * The library: every row read, checked and built.
     *
     * @param bh the sink
     * @return the number of rows
     */
    @Benchmark
    public long bibliothek(Blackhole bh) {
        long n = 0;
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(new ByteArrayInputStream(csv), bh::consume)) {
            while (r.hasNext()) {
                bh.consume(r.next());
                n++;
            }
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
