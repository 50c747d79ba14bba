package de.ozg.json.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.internal.Messages;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import de.ozg.json.csv.internal.Gelesen.Spalte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    static final String COMMA = "OZG-ID,LeiKa-Schlüssel,Lebenslage\n"
            + "10000,99041006000000,Geburt\n"
            + "00123,\"0100;1,2\",\"Umzug, \"\"neu\"\"\"\n";

    private static CsvReadOptions limits(int cell, int cells, int record) {
        return CsvReadOptions.defaults().withLimits(new TableLimits(cell, cells, record));
    }

    @Test
    void commaSemicolonAndTabFilesGiveIdenticalRows() {
        Gelesen<Spalte> comma = Gelesen.read(COMMA);
        Gelesen<Spalte> semicolon = Gelesen.read(COMMA.replace(',', '#').replace(';', ',').replace('#', ';'));
        Gelesen<Spalte> tab = Gelesen.read("OZG-ID\tLeiKa-Schlüssel\tLebenslage\n"
                + "10000\t99041006000000\tGeburt\n"
                + "00123\t\"0100;1,2\"\t\"Umzug, \"\"neu\"\"\"\n");
        assertEquals(',', comma.dialect.delimiter());
        assertEquals(';', semicolon.dialect.delimiter());
        assertEquals('\t', tab.dialect.delimiter());
        assertEquals(List.of(List.of("10000", "99041006000000", "Geburt"),
                List.of("00123", "0100;1,2", "Umzug, \"neu\"")), comma.cells());
        assertEquals(List.of(List.of("10000", "99041006000000", "Geburt"),
                List.of("00123", "0100,1;2", "Umzug; \"neu\"")), semicolon.cells());
        assertEquals(comma.cells(), tab.cells());
        assertEquals(List.of(), comma.findings);
        assertEquals(2, comma.records);
    }

    @Test
    void bomAndCrlfVariantEqualsPlainLf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(COMMA.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Gelesen<Spalte> withBom = Gelesen.read(bytes.toByteArray(), CsvReadOptions.defaults());
        Gelesen<Spalte> plain = Gelesen.read(COMMA);
        assertEquals(plain.cells(), withBom.cells());
        assertEquals(plain.lines(), withBom.lines());
        assertEquals(new CsvDialect(',', StandardCharsets.UTF_8, true, CsvDialect.LineEnding.CRLF), withBom.dialect);
        assertEquals("OZG-ID", withBom.header.orElseThrow().cells().get(0));
    }

    @Test
    void headerVariantsMatchDeclaredColumnsAndKeysStayText() {
        Gelesen<Spalte> r = Gelesen.read("ozg_id;LEIKA-SCHLÜSSEL;Lage;Rechtsgrundlagen\n00123;01001000;3;\n");
        assertEquals(Optional.of("00123"), r.rows.get(0).cell(Spalte.OZG_ID));
        assertEquals(Optional.of("01001000"), r.rows.get(0).cell(Spalte.SCHLUESSEL));
        assertEquals(Optional.of("3"), r.rows.get(0).cell(Spalte.LAGE));
        assertEquals(Optional.empty(), r.rows.get(0).cell(Spalte.RECHT), "a blank cell is absent");
        assertEquals("", r.rows.get(0).rawCell(Spalte.RECHT));
        assertEquals("Lage", r.rows.get(0).columnName(Spalte.LAGE));
        assertEquals(List.of(), r.header.orElseThrow().missingRequired());
    }

    @Test
    void quotedCellsWithDelimiterQuotesAndNewlinesKeepPhysicalLines() {
        String text = "OZG-ID;LeiKa-Schlüssel;Lebenslage\r\n"
                + "1;\"a;b\";\"zwei\r\nZeilen\"\r\n" // lines 2-3
                + "2;\"\"\"x\"\"\";\"drei\nZeilen\n!\"\r\n" // lines 4-6
                + "\r\n" // line 7, blank
                + "3;x;y\r" // line 8, old Mac line end
                + "4;\"a\rb\";z\n"; // lines 9-10
        Gelesen<Spalte> r = Gelesen.read(text);
        assertEquals(List.of(2L, 4L, 8L, 9L), r.lines());
        assertEquals(List.of("1", "a;b", "zwei\r\nZeilen"), r.rows.get(0).cells());
        assertEquals(List.of("2", "\"x\"", "drei\nZeilen\n!"), r.rows.get(1).cells());
        assertEquals(List.of("4", "a\rb", "z"), r.rows.get(3).cells());
        assertEquals(List.of(), r.findings);
        assertEquals(List.of(), r.rejected);
    }

    @Test
    void blankLinesWhitespaceLinesAndEmptyRowsAreNoRecords() {
        String text = "\n  \t\nOZG-ID;LeiKa-Schlüssel\n\n   \n\t\t\n;;;\n \t; ;\n\"\";\"  \"\n1;2\n  \n";
        Gelesen<Spalte> r = Gelesen.read(text);
        assertEquals(3, r.header.orElseThrow().line());
        assertEquals(List.of(List.of("1", "2")), r.cells());
        assertEquals(List.of(10L), r.lines());
        assertEquals(1, r.records);
        assertEquals(List.of(), r.findings);
    }

    @Test
    void shortAndLongRowsAreDeliveredAsTheyAre() {
        Gelesen<Spalte> r = Gelesen.read("OZG-ID,LeiKa-Schlüssel,Lebenslage\n1,2\n3,4,5,6\n7,8,9,,\n");
        assertEquals(3, r.rows.size());
        assertEquals(2, r.rows.get(0).cellCount());
        assertEquals(3, r.rows.get(0).expectedCellCount());
        assertEquals(null, r.rows.get(0).rawCell(Spalte.LAGE));
        assertEquals(4, r.rows.get(1).cellCount());
        assertEquals(3, r.rows.get(2).cellCount(), "empty cells beyond the header do not count");
        assertEquals(List.of(), r.findings, "the cell count is a rule, not the reader's business");
    }

    @Test
    void textAfterAClosingQuoteRejectsTheRecordAndReadingGoesOn() {
        Gelesen<Spalte> r = Gelesen.read("OZG-ID,LeiKa-Schlüssel\n1,\"a\"x,b\n2,c\n3,\"d\"  ,e\n");
        assertEquals(List.of(List.of("2", "c"), List.of("3", "d", "e")), r.cells());
        assertEquals(List.of(TableRules.FEHLERHAFTE_ZEILE), r.ids(r.rejected));
        Befund b = r.rejected.get(0);
        assertEquals(Fundstelle.ofLine(2, "LeiKa-Schlüssel"), b.fundstelle());
        assertEquals(Severity.ERROR, b.severity());
        assertEquals(3, r.records);
        assertEquals(1, r.rejectedCount);
    }

    @Test
    void unclosedQuoteIsOneFindingAfterTheEarlierRecords() {
        Gelesen<Spalte> r = Gelesen.read("OZG-ID,LeiKa-Schlüssel\n1,a\n2,\"b\n3,c\n4,d\n");
        assertEquals(List.of(List.of("1", "a")), r.cells());
        assertEquals(List.of(TableRules.OFFENES_ANFUEHRUNGSZEICHEN), r.ids(r.rejected));
        assertEquals(Fundstelle.ofLine(3, "LeiKa-Schlüssel"), r.rejected.get(0).fundstelle());
        assertTrue(r.rejected.get(0).meldung(Locale.GERMAN).contains("Zeile 3"));
        assertEquals(2, r.records);
    }

    @Test
    void overlongQuotedCellIsOneFindingAndReadingResumesAfterItsClosingQuote() {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            cell.append("9904100601300").append(i % 10).append(",150020000000\n");
        }
        String text = "OZG-ID,LeiKa-Schlüssel\n1,a\n2,\"" + cell + "\"\n3,c\n";
        Gelesen<Spalte> r = Gelesen.read(text.getBytes(StandardCharsets.UTF_8), limits(100, 100, 1000));
        assertEquals(List.of(List.of("1", "a"), List.of("3", "c")), r.cells());
        assertEquals(List.of(2L, 54L), r.lines());
        assertEquals(List.of(TableRules.ZELLE_ZU_LANG), r.ids(r.rejected));
        assertEquals(Fundstelle.ofLine(3, "LeiKa-Schlüssel"), r.rejected.get(0).fundstelle());
        assertTrue(r.rejected.get(0).meldung(Locale.ENGLISH).contains("1,400 characters, 100 are allowed"),
                r.rejected.get(0).meldung(Locale.ENGLISH));
        assertEquals(3, r.records);
    }

    @Test
    void unquotedOverlongCellTooManyCellsAndTooLongRecordAreRejected() {
        String text = "OZG-ID,LeiKa-Schlüssel\n1," + "x".repeat(30) + "\n2,a,b,c,d,e\n3," + "y".repeat(13) + ","
                + "z".repeat(13) + "\n4,ok\n";
        Gelesen<Spalte> r = Gelesen.read(text.getBytes(StandardCharsets.UTF_8), limits(20, 5, 25));
        assertEquals(List.of(List.of("4", "ok")), r.cells());
        assertEquals(List.of(TableRules.ZELLE_ZU_LANG, TableRules.DATENSATZ_ZU_BREIT, TableRules.DATENSATZ_ZU_LANG),
                r.ids(r.rejected));
        assertEquals(List.of(2L, 3L, 4L), r.rejected.stream().map(b -> b.fundstelle().line().getAsLong()).toList());
        assertEquals(4, r.records);
        assertEquals(3, r.rejectedCount);
    }

    @Test
    void headerOverALimitEndsReadingWithOneFinding() {
        Gelesen<Spalte> r = Gelesen.read("OZG-ID,LeiKa-Schlüssel,a,b,c\n1,2\n".getBytes(StandardCharsets.UTF_8),
                limits(100, 3, 1000));
        assertTrue(r.header.isEmpty());
        assertEquals(List.of(), r.rows);
        assertEquals(List.of(TableRules.DATENSATZ_ZU_BREIT), r.ids(r.findings));
        assertTrue(r.findings.get(0).meldung(Locale.GERMAN).contains("ohne Kopfzeile"));
    }

    @Test
    void invalidUtf8NamesTheLineAndSuggestsTheCharsetOption() {
        StringBuilder text = new StringBuilder("OZG-ID;LeiKa-Schluessel;Lebenslage\r\n");
        for (int i = 2; i < 16; i += 2) {
            text.append(i).append(";\"k\r\n").append(i).append("\";x\r\n");
        }
        text.append("16;k;x\r\n17;");
        byte[] head = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "M\u00E4rz;y\r\n18;z;w\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[head.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, head.length, tail.length);

        Gelesen<Spalte> utf8 = Gelesen.read(file, CsvReadOptions.defaults());
        assertEquals(8, utf8.rows.size(), "every record before the bad line is delivered");
        assertEquals(1, utf8.failures.size());
        TechnischerFehler f = utf8.failures.get(0);
        assertEquals(Fundstelle.ofLine(17), f.fundstelle());
        assertTrue(f.meldungDe().startsWith("Ungültiges UTF-8 in Zeile 17 (Byte 0xE4 an Position "
                + (head.length + 1) + ")."), f.meldungDe());
        assertTrue(f.meldungEn().contains("charset option"), f.meldungEn());
        assertEquals(Optional.of("undecodable byte 0xE4"), f.ursache());

        Gelesen<Spalte> latin1 = Gelesen.read(file, CsvReadOptions.defaults().withCharset(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), latin1.failures);
        assertEquals(10, latin1.rows.size());
        assertEquals(Optional.of("M\u00E4rz"), latin1.rows.get(8).cell(Spalte.SCHLUESSEL));
        assertEquals(17, latin1.rows.get(8).line());
    }

    @Test
    void windows1252AndUtf16ByteOrderMark() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] file = "OZG-ID;LeiKa-Schlüssel\r\n1;Gebühr \u20AC\r\n".getBytes(cp1252);
        Gelesen<Spalte> r = Gelesen.read(file, CsvReadOptions.defaults().withCharset(cp1252));
        assertEquals(Optional.of("Gebühr \u20AC"), r.rows.get(0).cell(Spalte.SCHLUESSEL));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("OZG-ID\tLeiKa-Schl\u00FCssel\r\n10000\t99041006000000\r\n".getBytes(StandardCharsets.UTF_16LE));
        Gelesen<Spalte> utf16 = Gelesen.read(bytes.toByteArray(), CsvReadOptions.defaults());
        assertEquals(new CsvDialect('\t', StandardCharsets.UTF_16LE, true, CsvDialect.LineEnding.CRLF), utf16.dialect);
        assertEquals(Optional.of("99041006000000"), utf16.rows.get(0).cell(Spalte.SCHLUESSEL));
    }

    @Test
    void emptyFileIsOneFindingAndHeaderOnlyNone() {
        Gelesen<Spalte> r = Gelesen.read("");
        assertEquals(List.of(TableRules.LEERE_DATEI), r.ids(r.findings));
        assertTrue(r.header.isEmpty());
        assertEquals(List.of(TableRules.LEERE_DATEI), Gelesen.read("\r\n \r\n").ids(Gelesen.read("\r\n \r\n").findings));
        Gelesen<Spalte> h = Gelesen.read("OZG-ID;LeiKa-Schlüssel");
        assertEquals(List.of(), h.rows);
        assertEquals(List.of(), h.findings);
        assertEquals(CsvDialect.LineEnding.NONE, h.dialect.lineEnding());
    }

    @Test
    void delimitersInsideQuotedHeaderCellsDoNotCountAndAFixedDelimiterWins() {
        Gelesen<Spalte> r = Gelesen.read("\"Name; Vorname;\",\"Ort;PLZ\",Nr\n\"M\u00FCller; Hans\",\"Halle;06108\",1\n");
        assertEquals(',', r.dialect.delimiter());
        assertEquals(List.of(List.of("M\u00FCller; Hans", "Halle;06108", "1")), r.cells());
        Gelesen<Spalte> fixed = Gelesen.read("a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8),
                CsvReadOptions.defaults().withDelimiter(','));
        assertEquals(List.of(List.of("1;2", "3")), fixed.cells());
    }

    @Test
    void cellsAcrossBufferBoundariesAreWhole() {
        String big = "x".repeat(70_000);
        String quoted = "a\"\"b".repeat(20_000);
        String text = "OZG-ID;LeiKa-Schlüssel\n" + big + ";\"" + quoted + "\"\r\n1;2\r\n";
        Gelesen<Spalte> r = Gelesen.read(text);
        assertEquals(List.of(big, quoted.replace("\"\"", "\"")), r.rows.get(0).cells());
        assertEquals(List.of("1", "2"), r.rows.get(1).cells());
        assertEquals(List.of(2L, 3L), r.lines());
    }

    @Test
    void aRecordOverTheLimitIsSkippedToItsEndAcrossBuffersAndQuotes() {
        StringBuilder breit = new StringBuilder("9");
        for (int i = 0; i < 40_000; i++) {
            breit.append(i % 1000 == 0 ? ";\"x;\n\"\"y\"" : ";a");
        }
        String text = "OZG-ID;LeiKa-Schlüssel\n1;2\n" + breit + "\n3;4\r\n" + breit + ";\"offen\n5;6\n";
        Gelesen<Spalte> r = Gelesen.read(text.getBytes(StandardCharsets.UTF_8), limits(100, 50, 1000));
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), r.cells());
        assertEquals(List.of(2L, 44L), r.lines());
        assertEquals(List.of(TableRules.DATENSATZ_ZU_BREIT, TableRules.OFFENES_ANFUEHRUNGSZEICHEN), r.ids(r.rejected));
        assertEquals(Rfc4180.expected(text, ';', new TableLimits(100, 50, 1000)), r.accounting());
    }

    @Test
    void failingInputIsThrownAfterTheRowsBeforeIt() throws IOException {
        // more than the 64 KiB the dialect detection reads ahead
        byte[] good = ("OZG-ID;LeiKa-Schlüssel\n" + "1;2\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        InputStream in = new InputStream() {
            private int i;

            @Override
            public int read() throws IOException {
                if (i < good.length) {
                    return good[i++];
                }
                throw new IOException("disk gone");
            }
        };
        List<TableRow<Spalte>> rows = new ArrayList<>();
        Gelesen<Spalte> g = new Gelesen<>();
        TableReader<Spalte> reader = TableReader.open(in, Spalte.class, CsvReadOptions.defaults(), "f.csv", g.listener());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> reader.forEachRemaining(rows::add));
        assertEquals(20_000, rows.size());
        TechnischerFehler f = reader.readError(e.getCause());
        assertEquals(Fundstelle.ofLine(20_002).withQuelle("f.csv"), f.fundstelle());
        assertTrue(f.meldungEn().contains("disk gone"));
        assertTrue(f.meldungDe().startsWith("Lesefehler nach Zeile 20002"), f.meldungDe());
        assertFalse(reader.hasNext());
    }

    @Test
    void theTextsExistInBothLanguagesAndTheRuleDescriptionsNameTheDefaultLimits() {
        Messages m = Messages.of("de.ozg.json.csv.internal.messages", TableReader.class);
        assertEquals(m.keysGerman(), m.keysEnglish());
        java.text.NumberFormat de = java.text.NumberFormat.getIntegerInstance(Locale.GERMAN);
        java.text.NumberFormat en = java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH);
        Object[][] faelle = {
            {TableRules.ZELLE_ZU_LANG, TableLimits.DEFAULT_MAX_CELL_CHARS},
            {TableRules.DATENSATZ_ZU_BREIT, TableLimits.DEFAULT_MAX_CELLS},
            {TableRules.DATENSATZ_ZU_LANG, TableLimits.DEFAULT_MAX_RECORD_CHARS},
        };
        for (Object[] f : faelle) {
            Regel<?> regel = TableRules.regeln(Severity.WARNING).stream().filter(r -> r.id().equals(f[0]))
                    .findFirst().orElseThrow();
            assertTrue(regel.beschreibungDe().contains(de.format(f[1])), regel.beschreibungDe());
            assertTrue(regel.beschreibungEn().contains(en.format(f[1])), regel.beschreibungEn());
        }
    }

    @Test
    void readingTwiceGivesTheSameResult() {
        String text = COMMA + "9,\"" + "z".repeat(300) + "\"\n" + "8,\"q\"r\n";
        CsvReadOptions small = limits(50, 4, 80);
        assertEquals(Gelesen.read(text.getBytes(StandardCharsets.UTF_8), small).summary(),
                Gelesen.read(text.getBytes(StandardCharsets.UTF_8), small).summary());
    }
}
