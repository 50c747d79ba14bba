package de.ozg.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ozg.core.table.TableColumn;
import de.ozg.json.csv.internal.TableReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    static byte[] write(CsvWriteOptions options, List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.open(out, options, header)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return out.toByteArray();
    }

    /** No declared columns: every cell is read back as written. */
    enum Keine implements TableColumn {
    }

    static List<List<String>> readBack(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Object> problems = new ArrayList<>();
        TableReader.Listener listener = TableReader.Listener.of(problems::add, problems::add, problems::add);
        try (TableReader<Keine> reader = TableReader.open(new ByteArrayInputStream(bytes), Keine.class,
                CsvReadOptions.defaults(), null, listener)) {
            rows.add(reader.header().orElseThrow().cells());
            reader.forEachRemaining(r -> rows.add(r.cells()));
        }
        assertEquals(List.of(), problems);
        return rows;
    }

    @Test
    void excelModeWritesBomSemicolonCrlfAndQuotesKeyColumns() throws IOException {
        byte[] bytes = write(CsvWriteOptions.excel().withQuotedColumns("ags"),
                List.of("AGS", "Name"), List.of(List.of("01001000", "Flensburg"), List.of("15003000", "Magdeburg")));
        assertEquals("\uFEFF\"AGS\";Name\r\n\"01001000\";Flensburg\r\n\"15003000\";Magdeburg\r\n",
                new String(bytes, StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("AGS", "Name"), List.of("01001000", "Flensburg"),
                List.of("15003000", "Magdeburg")), readBack(bytes));
    }

    @Test
    void formulaInjectionIsNeutralisedInExcelModeOnly() throws IOException {
        List<String> dangerous = List.of("=1+2", "+49 391 567", "-5", "@SUM(A1)", "\tx", "\ry", "harmlos", "a=b");
        byte[] excel = write(CsvWriteOptions.excel(), List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(dangerous));
        List<String> excelCells = readBack(excel).get(1);
        assertEquals(List.of("'=1+2", "'+49 391 567", "'-5", "'@SUM(A1)", "'\tx", "'\ry", "harmlos", "a=b"),
                excelCells);
        byte[] rfc = write(CsvWriteOptions.rfc4180(), List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(dangerous));
        assertEquals(dangerous, readBack(rfc).get(1));
        String text = new String(rfc, StandardCharsets.UTF_8);
        assertEquals("a,b,c,d,e,f,g,h\r\n=1+2,+49 391 567,-5,@SUM(A1),\"\tx\",\"\ry\",harmlos,a=b\r\n", text);
    }

    @Test
    void formulaStartersBehindBlanksLineFeedsAndInvisibleCharactersOrInFullWidthAreNeutralised() {
        for (String gefaehrlich : List.of(" =1+2", "\n=1+2", "\n\n+1", " \u00A0-1", "\u200B@SUM(A1)",
                "\uFEFF=1", "\u2060\u200D\t=1", " \r=1", "\uFF1D1+2", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)",
                "\u3000\uFF1D1", "\u2003=1", "\u202E=1+2", "\u2066=1", "\u200E+1", "\u00AD=1", "\u180E=1",
                "\u0000=1", "\u0085=1", "\u061C-1")) {
            assertEquals("'" + gefaehrlich, CsvWriter.neutralize(gefaehrlich), gefaehrlich);
        }
        for (String harmlos : List.of("", " ", "\n", "a=1", " a-b", "x@y", "\u200Bx", "1-2", "'=1", "\u202Ex=1")) {
            assertEquals(harmlos, CsvWriter.neutralize(harmlos), harmlos);
        }
    }

    @Test
    void roundTripKeepsDelimitersQuotesNewlinesUmlautsAndLeadingZeros() throws IOException {
        List<String> header = List.of("Schlüssel", "Text; mit, Trennern", "Mehrzeilig");
        List<List<String>> rows = List.of(
                Arrays.asList("00123", "Grüße \"zitiert\"", "eins\r\nzwei"),
                Arrays.asList("01001000", "a\tb", "drei\nvier"),
                Arrays.asList("7", null, ""));
        for (CsvWriteOptions options : List.of(CsvWriteOptions.excel(), CsvWriteOptions.rfc4180(),
                CsvWriteOptions.rfc4180().withDelimiter('\t'))) {
            List<List<String>> back = readBack(write(options, header, rows));
            assertEquals(header, back.get(0), options.toString());
            assertEquals(rows.get(0), back.get(1), options.toString());
            assertEquals(rows.get(1), back.get(2), options.toString());
            assertEquals(List.of("7", "", ""), back.get(3), options.toString());
        }
    }

    @Test
    void rowWidthMustMatchTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.open(out, CsvWriteOptions.rfc4180(), List.of("a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> writer.writeRow("1"));
        }
        assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.open(new ByteArrayOutputStream(), CsvWriteOptions.rfc4180(), List.of()));
    }
}
