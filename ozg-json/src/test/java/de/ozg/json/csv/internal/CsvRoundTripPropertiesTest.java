package de.ozg.json.csv.internal;

import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import de.ozg.core.table.TableRules;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.CsvWriteOptions;
import de.ozg.json.csv.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CsvRoundTripPropertiesTest {

    /** Characters that stress CSV: all delimiters, quotes, line breaks, umlauts, formula starters. */
    private static final String ALPHABET = "ab0Z ,;\t\"\r\n\u00E4\u00F6\u00FC\u00DF\u00C4=+-@'\u00A0\u20AC";

    private static Gen<String> cells(int minLength) {
        return SourceDSL.lists()
                .of(SourceDSL.integers().between(0, ALPHABET.length() - 1).map(ALPHABET::charAt))
                .ofSizeBetween(minLength, 8)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** A header of names that are not blank (a blank line is no header) and 0..11 rows. */
    private static Gen<List<List<String>>> tables() {
        return SourceDSL.integers().between(1, 5).flatMap(columns -> SourceDSL.lists()
                .of(cells(0).map(c -> "h" + c)).ofSize(columns)
                .zip(SourceDSL.lists().of(SourceDSL.lists().of(cells(0)).ofSize(columns)).ofSizeBetween(0, 11),
                        (header, rows) -> {
                            List<List<String>> table = new ArrayList<>();
                            table.add(header);
                            table.addAll(rows);
                            return table;
                        }));
    }

    private static List<List<String>> roundTrip(CsvWriteOptions options, List<List<String>> table) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvWriter writer = CsvWriter.open(out, options, table.get(0))) {
                for (List<String> row : table.subList(1, table.size())) {
                    writer.writeRow(row);
                }
            }
            List<List<String>> back = new ArrayList<>();
            Gelesen<TableReaderPropertiesTest.Keine> g = Gelesen.read(new ByteArrayInputStream(out.toByteArray()),
                    TableReaderPropertiesTest.Keine.class, CsvReadOptions.defaults());
            back.add(g.header.orElseThrow().cells());
            g.rows.forEach(r -> back.add(r.cells()));
            if (!g.rejected.isEmpty() || !g.failures.isEmpty()
                    || g.findings.stream().anyMatch(b -> !b.regelId().equals(TableRules.SPALTE_OHNE_NAMEN))) {
                throw new AssertionError("unexpected problems " + g.summary());
            }
            return back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the reader must give back: rows of only empty or blank cells are skipped, empty cells
     * beyond the header's width dropped, cells neutralised when asked.
     */
    private static List<List<String>> expected(CsvWriteOptions options, List<List<String>> table) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> row = table.get(i).stream()
                    .map(c -> options.neutralize() ? CsvWriter.neutralize(c) : c)
                    .collect(Collectors.toList());
            if (i > 0) {
                while (row.size() > table.get(0).size() && row.get(row.size() - 1).isEmpty()) {
                    row.remove(row.size() - 1);
                }
            }
            if (i == 0 || row.stream().anyMatch(c -> c.chars().anyMatch(ch -> ch != ' ' && ch != '\t'))) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void rfc4180WriteThenReadGivesTheSameCells() {
        qt().withExamples(500).forAll(tables())
                .check(table -> roundTrip(CsvWriteOptions.rfc4180(), table)
                        .equals(expected(CsvWriteOptions.rfc4180(), table)));
    }

    @Test
    void excelWriteThenReadGivesTheSameCellsNeutralised() {
        qt().withExamples(500).forAll(tables())
                .check(table -> roundTrip(CsvWriteOptions.excel(), table)
                        .equals(expected(CsvWriteOptions.excel(), table)));
    }

    @Test
    void tabSeparatedWithoutBomRoundTrips() {
        CsvWriteOptions tab = CsvWriteOptions.rfc4180().withDelimiter('\t');
        qt().withExamples(300).forAll(tables())
                .check(table -> roundTrip(tab, table).equals(expected(tab, table)));
    }
}
