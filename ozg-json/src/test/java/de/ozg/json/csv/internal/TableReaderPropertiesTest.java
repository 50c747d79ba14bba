package de.ozg.json.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import de.ozg.core.table.TableColumn;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Any input, with small limits: reading it twice on one thread gives identical rows, findings and
 * counts, and what the reader delivers and rejects is exactly what the {@link Rfc4180} reference
 * sees — never a record more (no row is invented inside a quoted cell), never one less.
 */
class TableReaderPropertiesTest {

    /** A source without declared columns: every cell is kept, no header check interferes. */
    enum Keine implements TableColumn {
    }

    /** Characters that stress the grammar: delimiters, quotes, every line end, blanks, an umlaut. */
    private static final String ALPHABET = "a,,\"\"\r\n \t;\u00E4x";

    private static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1).map(ALPHABET::charAt))
                .ofSizeBetween(0, 120).map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<TableLimits> limits() {
        return SourceDSL.integers().between(1, 6).zip(SourceDSL.integers().between(1, 5),
                SourceDSL.integers().between(1, 14), TableLimits::new);
    }

    private static Gelesen<Keine> read(String text, TableLimits limits) {
        CsvReadOptions options = CsvReadOptions.defaults().withDelimiter(',').withLimits(limits);
        return Gelesen.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Keine.class, options);
    }

    @Test
    void readingTwiceOnOneThreadGivesTheSameRowsAndFindings() {
        qt().withExamples(1500).forAll(texts(), limits())
                .checkAssert((text, limits) -> assertEquals(read(text, limits).summary(), read(text, limits).summary()));
    }

    /**
     * What was read before on the same thread — another input with other limits, e.g. a long quoted
     * cell that grew a buffer — never changes the result: the defect this guards against counted 715
     * records instead of 682 after a catalogue had been read first.
     */
    @Test
    void whatWasReadBeforeOnTheThreadDoesNotChangeTheResult() {
        qt().withExamples(1500).forAll(texts(), limits(), texts())
                .checkAssert((text, limits, davor) -> {
                    Object zuerst = read(text, limits).summary();
                    read(davor + "\"" + "x\n".repeat(40) + "\"", new TableLimits(3, 2, 9));
                    read(davor, TableLimits.defaults());
                    assertEquals(zuerst, read(text, limits).summary());
                });
    }

    @Test
    void rowsAndRejectedRecordsAreExactlyThoseOfTheReference() {
        qt().withExamples(3000).forAll(texts(), limits()).checkAssert((text, limits) -> {
            Gelesen<Keine> g = read(text, limits);
            assertEquals(Rfc4180.expected(text, ',', limits), g.accounting(), () -> "text " + text.replace("\r", "\\r")
                    .replace("\n", "\\n") + " limits " + limits);
            assertEquals(g.rows.size() + g.rejectedCount, g.records);
            assertEquals(g.rejectedCount, g.rejected.size(), "one finding per rejected record");
        });
    }

    /** Hands out at most {@code stueck} bytes per read, so that every buffer boundary is met. */
    static final class Troepfchen extends java.io.InputStream {
        private final byte[] bytes;
        private final int stueck;
        private int pos;

        Troepfchen(byte[] bytes, int stueck) {
            this.bytes = bytes;
            this.stueck = stueck;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, stueck), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void readingInTinyPiecesGivesTheSameResultAsReadingAtOnce() {
        qt().withExamples(1500).forAll(texts(), limits(), SourceDSL.integers().between(1, 3))
                .checkAssert((text, limits, stueck) -> {
                    CsvReadOptions options = CsvReadOptions.defaults().withDelimiter(',').withLimits(limits);
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    Gelesen<Keine> stueckweise = Gelesen.read(new Troepfchen(bytes, stueck), Keine.class, options);
                    assertEquals(read(text, limits).summary(), stueckweise.summary());
                });
    }

    @Test
    void withoutLimitsInTheWayOnlySyntaxRejectsARecord() {
        TableLimits weit = TableLimits.defaults();
        qt().withExamples(1500).forAll(texts()).checkAssert(text -> {
            Gelesen<Keine> g = read(text, weit);
            assertEquals(Rfc4180.expected(text, ',', weit), g.accounting());
            long kaputt = Rfc4180.records(text, ',').stream().skip(1).filter(s -> s.malformed() || s.unterminated())
                    .count();
            assertEquals(kaputt, g.rejectedCount);
        });
    }
}
