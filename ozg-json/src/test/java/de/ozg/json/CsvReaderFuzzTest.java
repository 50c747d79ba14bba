package de.ozg.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.CsvReader;
import de.ozg.json.csv.CsvRecord;
import de.ozg.json.csv.Spalte;
import de.ozg.json.csv.Spaltenschema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Fuzzes {@link CsvReader}: any bytes end in records and {@code problems()}, never in an exception
 * (the input is in memory, so not even the documented {@code IOException} of a failing stream may
 * occur). Records come with non-decreasing physical line numbers. The first byte picks the schema
 * (required or optional columns), the rest is the file. Replays the seeds under
 * {@code CsvReaderFuzzTestInputs/csv/}.
 */
class CsvReaderFuzzTest {

    private static final Spaltenschema PFLICHT = Spaltenschema.of(Spalte.required("leika_key", "LeiKa-Schlüssel"),
            Spalte.required("ars"), Spalte.optional("name"));
    private static final Spaltenschema OPTIONAL = Spaltenschema.of(Spalte.optional("a"), Spalte.optional("b"));

    @FuzzTest(maxDuration = "60s")
    void csv(FuzzedDataProvider data) {
        Spaltenschema schema = data.consumeBoolean() ? PFLICHT : OPTIONAL;
        byte[] bytes = data.consumeRemainingAsBytes();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes), schema, CsvReadOptions.defaults())) {
            long zeile = 0;
            while (reader.hasNext()) {
                CsvRecord r = Objects.requireNonNull(reader.next(), "record");
                if (r.line() < zeile || r.line() < 1) {
                    throw new AssertionError("line " + r.line() + " after line " + zeile);
                }
                zeile = r.line();
            }
            reader.problems().forEach(p -> Objects.requireNonNull(p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory input must not fail with an IOException", e);
        }
    }
}
