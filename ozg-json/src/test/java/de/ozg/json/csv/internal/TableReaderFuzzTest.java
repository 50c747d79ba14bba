package de.ozg.json.csv.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Fuzzes the {@link TableReader}: any bytes end in rows, findings and at most one technical
 * failure, never in an exception (the input is in memory, so not even an I/O failure may occur).
 * Rows come with non-decreasing physical lines; every record read is delivered or rejected with
 * exactly one finding; reading the same bytes twice, once at once and once in pieces of one to three
 * bytes, gives the same result; and when the bytes are
 * UTF-8 read with a fixed delimiter, the rows and rejected records are exactly those of the
 * {@link Rfc4180} reference. Flags taken from the input choose the columns (the Gemeindeverzeichnis,
 * or none), small or default limits, and a fixed or detected delimiter. Replays the seeds under
 * {@code TableReaderFuzzTestInputs/csv/}.
 */
class TableReaderFuzzTest {

    private static final TableLimits KLEIN = new TableLimits(12, 5, 30);

    @FuzzTest(maxDuration = "60s")
    void csv(FuzzedDataProvider data) {
        boolean spalten = data.consumeBoolean();
        boolean klein = data.consumeBoolean();
        boolean fest = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        TableLimits limits = klein ? KLEIN : TableLimits.defaults();
        CsvReadOptions options = CsvReadOptions.defaults().withLimits(limits);
        if (fest) {
            options = options.withDelimiter(',');
        }
        Gelesen<?> einmal = spalten ? read(new ByteArrayInputStream(bytes), Gebietsspalte.class, options)
                : read(new ByteArrayInputStream(bytes), TableReaderPropertiesTest.Keine.class, options);
        // the second read hands out the bytes in pieces of one to three, so every buffer boundary is met
        InputStream stueckweise = new TableReaderPropertiesTest.Troepfchen(bytes, 1 + bytes.length % 3);
        Gelesen<?> zweimal = spalten ? read(stueckweise, Gebietsspalte.class, options)
                : read(stueckweise, TableReaderPropertiesTest.Keine.class, options);
        if (!einmal.summary().equals(zweimal.summary())) {
            throw new AssertionError("two reads differ");
        }
        long zeile = 0;
        for (TableRow<?> r : einmal.rows) {
            if (r.line() < Math.max(zeile, 1)) {
                throw new AssertionError("line " + r.line() + " after line " + zeile);
            }
            zeile = r.line();
        }
        if (einmal.records != einmal.rows.size() + einmal.rejectedCount || einmal.rejected.size() != einmal.rejectedCount) {
            throw new AssertionError("records " + einmal.records + ", rows " + einmal.rows.size() + ", rejected "
                    + einmal.rejectedCount + " with " + einmal.rejected.size() + " findings");
        }
        if (einmal.failures.size() > 1) {
            throw new AssertionError("more than one technical failure: " + einmal.failures);
        }
        String text = utf8(bytes);
        if (fest && text != null && !text.startsWith("\uFEFF")) {
            List<Object> erwartet = Rfc4180.expected(text, ',', limits);
            if (!erwartet.equals(einmal.accounting())) {
                throw new AssertionError("reference " + erwartet + " but read " + einmal.accounting());
            }
        }
    }

    private static <C extends Enum<C> & TableColumn> Gelesen<C> read(InputStream in, Class<C> spalten,
            CsvReadOptions options) {
        Gelesen<C> g = Gelesen.read(in, spalten, options);
        g.findings.forEach(b -> Objects.requireNonNull(b.meldungEn(), "message"));
        return g;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
