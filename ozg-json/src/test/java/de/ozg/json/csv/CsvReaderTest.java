package de.ozg.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static final Spaltenschema SCHEMA = Spaltenschema.of(
            Spalte.required("OZG-ID"),
            Spalte.required("LeiKa-Schlüssel", "Leistungsschlüssel"),
            Spalte.optional("Lebenslage", "Lage"),
            Spalte.optional("Rechtsgrundlage(n)"));

    /** Reads everything; returns the records, problems available through the reader. */
    static final class Result {
        final CsvReader reader;
        final List<CsvRecord> records = new ArrayList<>();

        Result(CsvReader reader) {
            this.reader = reader;
            reader.forEachRemaining(records::add);
        }

        List<List<String>> cells() {
            return records.stream().map(CsvRecord::cells).collect(Collectors.toList());
        }

        List<Long> lines() {
            return records.stream().map(CsvRecord::line).collect(Collectors.toList());
        }

        List<CsvProblem.Kind> kinds() {
            return reader.problems().stream().map(CsvProblem::kind).collect(Collectors.toList());
        }
    }

    static Result read(byte[] bytes, Spaltenschema schema, CsvReadOptions options) throws IOException {
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes), schema, options)) {
            return new Result(reader);
        }
    }

    static Result read(String text, Spaltenschema schema) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), schema, CsvReadOptions.defaults());
    }

    static final String COMMA = "OZG-ID,LeiKa-Schlüssel,Lebenslage\n"
            + "10000,99041006000000,Geburt\n"
            + "00123,\"0100;1,2\",\"Umzug, \"\"neu\"\"\"\n";

    @Test
    void commaSemicolonAndTabFilesGiveIdenticalRecords() throws IOException {
        Result comma = read(COMMA, SCHEMA);
        Result semicolon = read("OZG-ID;LeiKa-Schlüssel;Lebenslage\n"
                + "10000;99041006000000;Geburt\n"
                + "00123;\"0100;1,2\";\"Umzug, \"\"neu\"\"\"\n", SCHEMA);
        Result tab = read("OZG-ID\tLeiKa-Schlüssel\tLebenslage\n"
                + "10000\t99041006000000\tGeburt\n"
                + "00123\t\"0100;1,2\"\t\"Umzug, \"\"neu\"\"\"\n", SCHEMA);
        assertEquals(',', comma.reader.dialect().delimiter());
        assertEquals(';', semicolon.reader.dialect().delimiter());
        assertEquals('\t', tab.reader.dialect().delimiter());
        List<List<String>> expected = List.of(
                List.of("10000", "99041006000000", "Geburt"),
                List.of("00123", "0100;1,2", "Umzug, \"neu\""));
        assertEquals(expected, comma.cells());
        assertEquals(expected, semicolon.cells());
        assertEquals(expected, tab.cells());
        assertEquals(List.of(), comma.reader.problems());
        assertEquals(List.of(), semicolon.reader.problems());
        assertEquals(List.of(), tab.reader.problems());
    }

    @Test
    void bomAndCrlfVariantEqualsPlainLf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(COMMA.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Result withBom = read(bytes.toByteArray(), SCHEMA, CsvReadOptions.defaults());
        Result plain = read(COMMA, SCHEMA);
        assertEquals(plain.cells(), withBom.cells());
        assertEquals(plain.lines(), withBom.lines());
        assertEquals(new CsvDialect(',', StandardCharsets.UTF_8, true, CsvDialect.LineEnding.CRLF),
                withBom.reader.dialect());
        assertEquals(new CsvDialect(',', StandardCharsets.UTF_8, false, CsvDialect.LineEnding.LF),
                plain.reader.dialect());
        // The BOM must not stick to the first header name.
        assertEquals("OZG-ID", withBom.reader.header().header().get(0));
        assertEquals(List.of(), withBom.reader.problems());
    }

    @Test
    void keysStayStringsWithLeadingZeros() throws IOException {
        Result r = read("OZG-ID,LeiKa-Schlüssel\n00123,01001000\n", SCHEMA);
        assertEquals(Optional.of("00123"), r.records.get(0).get("OZG-ID"));
        assertEquals(Optional.of("01001000"), r.records.get(0).get("leika_schluessel"));
    }

    @Test
    void headerVariantsMatchDeclaredColumns() throws IOException {
        Result r = read("ozg_id;LEIKA-SCHLÜSSEL;Lage;Rechtsgrundlagen\n1;2;3;4\n", SCHEMA);
        CsvRecord record = r.records.get(0);
        assertEquals(Optional.of("1"), record.get("OZG-ID"));
        assertEquals(Optional.of("2"), record.get("LeiKa-Schlüssel"));
        assertEquals(Optional.of("3"), record.get("Lebenslage"));
        assertEquals(Optional.of("4"), record.get(SCHEMA.spalten().get(3)));
        assertTrue(r.reader.header().isComplete());
        assertEquals(List.of(), r.reader.problems());
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderLineAndReadingGoesOn() throws IOException {
        Result r = read("OZG-ID,Lebenslage\n10000,Geburt\n", SCHEMA);
        assertEquals(List.of(CsvProblem.Kind.MISSING_REQUIRED_COLUMN), r.kinds());
        CsvProblem p = r.reader.problems().get(0);
        assertEquals(1, p.line());
        assertEquals(Optional.of("LeiKa-Schlüssel"), p.column());
        assertTrue(p.messageDe().contains("Pflichtspalte"), p.messageDe());
        assertTrue(p.messageEn().contains("required column 'LeiKa-Schlüssel'"), p.messageEn());
        assertEquals(List.of("LeiKa-Schlüssel"),
                r.reader.header().missingRequired().stream().map(Spalte::name).collect(Collectors.toList()));
        assertEquals(Optional.empty(), r.records.get(0).get("LeiKa-Schlüssel"));
        assertEquals(Optional.of("Geburt"), r.records.get(0).get("Lebenslage"));
    }

    @Test
    void extraColumnsAreKeptByHeaderName() throws IOException {
        Result r = read("OZG-ID,Bemerkung,LeiKa-Schlüssel,,Bemerkung\n1,a,2,b,c\n", SCHEMA);
        assertEquals(List.of("Bemerkung", "#4", "Bemerkung #5"), r.reader.header().extraColumns());
        CsvRecord record = r.records.get(0);
        assertEquals(List.of("Bemerkung", "#4", "Bemerkung #5"), new ArrayList<>(record.extras().keySet()));
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(record.extras().values()));
        assertEquals(List.of(CsvProblem.Kind.UNKNOWN_COLUMN, CsvProblem.Kind.BLANK_HEADER,
                CsvProblem.Kind.UNKNOWN_COLUMN), r.kinds());
        assertFalse(r.reader.problems().stream().anyMatch(CsvProblem::isFatal));
    }

    @Test
    void secondHeaderForTheSameColumnIsReportedAndKept() throws IOException {
        Result r = read("Lebenslage,OZG-ID,LeiKa-Schlüssel,Lage\nGeburt,1,2,Tod\n", SCHEMA);
        assertEquals(List.of(CsvProblem.Kind.DUPLICATE_COLUMN), r.kinds());
        assertEquals(Optional.of("Geburt"), r.records.get(0).get("Lage"));
        assertEquals("Tod", r.records.get(0).extras().get("Lage"));
    }

    @Test
    void emptySchemaKeepsEverythingAsExtrasWithoutProblems() throws IOException {
        Result r = read("a,b\n1,2\n", Spaltenschema.empty());
        assertEquals(List.of(), r.reader.problems());
        assertEquals("2", r.records.get(0).extras().get("b"));
    }

    @Test
    void quotedCellsWithDelimiterQuotesAndNewlinesAndPhysicalLines() throws IOException {
        String text = "OZG-ID;LeiKa-Schlüssel;Lebenslage\r\n"
                + "1;\"a;b\";\"zwei\r\nZeilen\"\r\n" // line 2-3
                + "2;\"\"\"x\"\"\";\"drei\nZeilen\n!\"\r\n" // line 4-6
                + "\r\n" // line 7, blank
                + "3;x;y\r\n"; // line 8
        Result r = read(text, SCHEMA);
        assertEquals(List.of(2L, 4L, 8L), r.lines());
        assertEquals(List.of("1", "a;b", "zwei\r\nZeilen"), r.records.get(0).cells());
        assertEquals(List.of("2", "\"x\"", "drei\nZeilen\n!"), r.records.get(1).cells());
        assertEquals(List.of(), r.reader.problems());
    }

    @Test
    void tooFewAndTooManyCellsAreReportedAndTheRecordsDelivered() throws IOException {
        String text = "OZG-ID,LeiKa-Schlüssel,Lebenslage\n"
                + "1,2\n"
                + "3,4,5,6\n"
                + "7,8,9,,\n"; // trailing empty cells lose nothing: no problem
        Result r = read(text, SCHEMA);
        assertEquals(3, r.records.size());
        assertEquals(List.of(CsvProblem.Kind.TOO_FEW_CELLS, CsvProblem.Kind.TOO_MANY_CELLS), r.kinds());
        CsvRecord tooFew = r.records.get(0);
        assertEquals(2, tooFew.cellCount());
        assertEquals(3, tooFew.expectedCellCount());
        assertEquals(Optional.empty(), tooFew.get("Lebenslage"));
        assertEquals(List.of(CsvProblem.Kind.TOO_FEW_CELLS),
                tooFew.problems().stream().map(CsvProblem::kind).collect(Collectors.toList()));
        assertEquals(2, r.reader.problems().get(0).line());
        assertEquals(Optional.of("Lebenslage"), r.reader.problems().get(0).column());
        assertEquals(3, r.reader.problems().get(1).line());
        assertEquals(Optional.of("6"), r.reader.problems().get(1).value());
        assertEquals("6", r.records.get(1).cell(3));
        assertEquals(List.of(), r.records.get(2).problems());
    }

    @Test
    void malformedRecordIsSkippedAndReadingContinues() throws IOException {
        String text = "OZG-ID,LeiKa-Schlüssel\n1,\"a\"x,b\n2,c\n";
        Result r = read(text, SCHEMA);
        assertEquals(List.of(List.of("2", "c")), r.cells());
        assertEquals(List.of(3L), r.lines());
        assertEquals(List.of(CsvProblem.Kind.MALFORMED_RECORD), r.kinds());
        assertEquals(2, r.reader.problems().get(0).line());
    }

    @Test
    void unterminatedQuoteEndsWithOneProblemAfterEarlierRecords() throws IOException {
        String text = "OZG-ID,LeiKa-Schlüssel\n1,a\n2,\"b\n3,c\n4,d\n";
        Result r = read(text, SCHEMA);
        assertEquals(List.of(List.of("1", "a")), r.cells());
        assertEquals(List.of(CsvProblem.Kind.UNTERMINATED_QUOTE), r.kinds());
        assertEquals(3, r.reader.problems().get(0).line());
        assertTrue(r.reader.problems().get(0).isFatal());
    }

    @Test
    void overlongCellIsReportedAndItsRecordSkipped() throws IOException {
        String text = "OZG-ID,LeiKa-Schlüssel\n1,a\n2," + "x".repeat(500) + "\n3,c\n";
        Result r = read(text.getBytes(StandardCharsets.UTF_8), SCHEMA,
                CsvReadOptions.defaults().withLimits(TableLimits.defaults().withMaxCellChars(100)));
        assertEquals(List.of(CsvProblem.Kind.CELL_TOO_LONG), r.kinds());
        assertEquals(3, r.reader.problems().get(0).line());
        assertEquals(List.of("1", "a"), r.records.get(0).cells());
        assertEquals(List.of("3", "c"), r.records.get(r.records.size() - 1).cells());
    }

    @Test
    void invalidUtf8NamesTheLineAndSuggestsTheCharsetOption() throws IOException {
        StringBuilder text = new StringBuilder("OZG-ID;LeiKa-Schlüssel;Lebenslage\r\n");
        for (int i = 2; i < 16; i += 2) {
            // the quoted cell spans two physical lines
            text.append(i).append(";\"k\r\n").append(i).append("\";x\r\n");
        }
        text.append("16;k;x\r\n");
        // Now at physical line 17: lines 2..16 hold 8 records.
        String prefix = text.toString() + "17;";
        byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "M\u00E4rz;y\r\n18;z;w\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[head.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, head.length, tail.length);

        Result utf8 = read(file, SCHEMA, CsvReadOptions.defaults());
        // This file's header already holds an ISO-8859-1 "ü", so the first bad byte is on line 1.
        assertEquals(List.of(CsvProblem.Kind.INVALID_ENCODING), utf8.kinds(), utf8.reader.problems().toString());
        CsvProblem p = utf8.reader.problems().get(0);
        assertEquals(1, p.line(), "the header itself is ISO-8859-1 in this file");

        // Now an ASCII header, so the first bad byte is the ä at line 17.
        String asciiPrefix = prefix.replace("LeiKa-Schlüssel", "LeiKa-Schluessel");
        head = asciiPrefix.getBytes(StandardCharsets.ISO_8859_1);
        file = new byte[head.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, head.length, tail.length);
        utf8 = read(file, SCHEMA, CsvReadOptions.defaults());
        assertEquals(List.of(CsvProblem.Kind.INVALID_ENCODING), utf8.kinds());
        p = utf8.reader.problems().get(0);
        assertEquals(17, p.line());
        assertEquals(Optional.of("0xE4"), p.value());
        assertTrue(p.messageDe().startsWith("Ungültiges UTF-8 in Zeile 17 (Byte 0xE4 an Position "
                + (head.length + 1) + ")."), p.messageDe());
        assertTrue(p.messageDe().contains("ISO-8859-1/Windows-1252? Dann mit Zeichensatz-Option lesen."));
        assertTrue(p.messageEn().contains("charset option"), p.messageEn());
        assertTrue(p.isFatal());
        assertEquals(8, utf8.records.size(), "all records before the bad line are delivered");

        Result latin1 = read(file, SCHEMA, CsvReadOptions.defaults().withCharset(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), latin1.reader.problems());
        assertEquals(10, latin1.records.size());
        assertEquals(Optional.of("M\u00E4rz"), latin1.records.get(8).get("LeiKa-Schlüssel"));
        assertEquals(17, latin1.records.get(8).line());
        assertEquals(StandardCharsets.ISO_8859_1, latin1.reader.dialect().charset());
    }

    @Test
    void windows1252ExportReadsWithTheCharsetOption() throws IOException {
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        byte[] file = "OZG-ID;LeiKa-Schlüssel\r\n1;Gebühr \u20AC\r\n".getBytes(cp1252);
        Result r = read(file, SCHEMA, CsvReadOptions.defaults().withCharset(cp1252));
        assertEquals(List.of(), r.reader.problems());
        assertEquals(Optional.of("Gebühr \u20AC"), r.records.get(0).get("LeiKa-Schlüssel"));
    }

    @Test
    void emptyFileIsOneProblem() throws IOException {
        Result r = read("", SCHEMA);
        assertEquals(List.of(), r.records);
        assertEquals(List.of(CsvProblem.Kind.EMPTY_FILE), r.kinds());
        assertEquals(List.of(), r.reader.header().header());
        Result blank = read("\r\n\r\n", SCHEMA);
        assertEquals(List.of(CsvProblem.Kind.EMPTY_FILE), blank.kinds());
    }

    @Test
    void headerOnlyGivesNoRecordsAndNoProblems() throws IOException {
        Result r = read("OZG-ID;LeiKa-Schlüssel\r\n", SCHEMA);
        assertEquals(List.of(), r.records);
        assertEquals(List.of(), r.reader.problems());
        Result noNewline = read("OZG-ID;LeiKa-Schlüssel", SCHEMA);
        assertEquals(List.of(), noNewline.records);
        assertEquals(CsvDialect.LineEnding.NONE, noNewline.reader.dialect().lineEnding());
        assertEquals(';', noNewline.reader.dialect().delimiter());
    }

    @Test
    void delimitersInsideQuotedHeaderCellsDoNotCount() throws IOException {
        Result r = read("\"Name; Vorname;\",\"Ort;PLZ\",Nr\n\"M\u00FCller; Hans\",\"Halle;06108\",1\n",
                Spaltenschema.empty());
        assertEquals(',', r.reader.dialect().delimiter());
        assertEquals(List.of(List.of("M\u00FCller; Hans", "Halle;06108", "1")), r.cells());
    }

    @Test
    void utf16ByteOrderMarkOverridesTheCharsetOption() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("OZG-ID\tLeiKa-Schl\u00FCssel\r\n10000\t99041006000000\r\n".getBytes(StandardCharsets.UTF_16LE));
        Result r = read(bytes.toByteArray(), SCHEMA, CsvReadOptions.defaults());
        assertEquals(new CsvDialect('\t', StandardCharsets.UTF_16LE, true, CsvDialect.LineEnding.CRLF),
                r.reader.dialect());
        assertEquals(Optional.of("99041006000000"), r.records.get(0).get("LeiKa-Schlüssel"));
        assertEquals(List.of(), r.reader.problems());
    }

    @Test
    void explicitDelimiterOverridesDetection() throws IOException {
        Result r = read("a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8), Spaltenschema.empty(),
                CsvReadOptions.defaults().withDelimiter(','));
        assertEquals(List.of(List.of("1;2", "3")), r.cells());
    }

    @Test
    void streamClosesTheReader() throws IOException {
        CsvReader reader = CsvReader.open(new ByteArrayInputStream(COMMA.getBytes(StandardCharsets.UTF_8)), SCHEMA);
        List<String> ids;
        try (var stream = reader.stream()) {
            ids = stream.map(rec -> rec.text("OZG-ID")).collect(Collectors.toList());
        }
        assertEquals(List.of("10000", "00123"), ids);
        assertFalse(reader.hasNext());
    }
}
