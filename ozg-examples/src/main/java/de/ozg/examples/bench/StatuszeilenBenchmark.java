package de.ozg.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.UmsetzungsstandWriter;
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
 * Streaming status rows: how much the library's JSON Lines reader costs on top of Jackson's bare
 * token stream. The OZG-Dashboard publishes a row per LeiKa service and Gemeinde, tens of millions
 * per Stichtag, so parsing speed decides whether a nightly import takes minutes or hours.
 *
 * <p>The baseline {@link #jacksonTokens} walks every token of the same bytes and does nothing else;
 * {@link #jacksonTokensMitText} also asks for every string's characters, which the reader cannot
 * avoid. The library reads, checks and builds an immutable {@link Umsetzungsstand} per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatuszeilenBenchmark {

    /** Rows in the generated JSON Lines input. */
    @Param("200000")
    public int zeilen;

    private byte[] jsonLines;
    private final JsonFactory factory = new JsonFactory();

    /** Generates the rows once and writes them as JSON Lines into memory. */
    @Setup(Level.Trial)
    public void erzeuge() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zeilen * 200);
        try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonLines(out)) {
            Statusbeispiele.erzeuge(zeilen, w::write);
        }
        jsonLines = out.toByteArray();
        long gelesen;
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(jsonLines), f -> {
            throw new IllegalStateException("generated row rejected: " + f);
        })) {
            gelesen = r.stream().count();
        }
        if (gelesen != zeilen) {
            throw new IllegalStateException("read " + gelesen + " rows, wrote " + zeilen);
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
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(jsonLines),
                f -> bh.consume(f))) {
            while (r.hasNext()) {
                bh.consume(r.next());
                n++;
            }
        }
        return n;
    }

    /**
     * The baseline: Jackson's token stream over the same bytes, every token consumed, no work.
     *
     * @param bh the sink
     * @return the number of tokens
     * @throws IOException never for these bytes
     */
    @Benchmark
    public long jacksonTokens(Blackhole bh) throws IOException {
        long n = 0;
        try (JsonParser p = factory.createParser(jsonLines)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                bh.consume(t);
                n++;
            }
        }
        return n;
    }

    /**
     * A second reference: the token stream plus the characters of every string value, which Jackson
     * otherwise skips without decoding.
     *
     * @param bh the sink
     * @return the number of tokens
     * @throws IOException never for these bytes
     */
    @Benchmark
    public long jacksonTokensMitText(Blackhole bh) throws IOException {
        long n = 0;
        try (JsonParser p = factory.createParser(jsonLines)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    bh.consume(p.getTextCharacters());
                    bh.consume(p.getTextLength());
                } else {
                    bh.consume(t);
                }
                n++;
            }
        }
        return n;
    }
}
