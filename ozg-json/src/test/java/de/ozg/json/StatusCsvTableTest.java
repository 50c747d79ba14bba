package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.status.StatusRules;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status CSV on the table reader: syntax findings, exact row accounting, blank lines. */
class StatusCsvTableTest {

    private static final String KOPF = "leika_key;ars;online_status;datenstand;reifegrad\n";
    private static final String ZEILE = "\"99041006013000\";\"150020000000\";ok;2023-01-31;V1:2\n";

    private final List<Befund> befunde = new ArrayList<>();
    private long zeilen;
    private long fehlerhaft;

    private List<Umsetzungsstand> lies(String text) {
        List<Umsetzungsstand> rows = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), befunde::add)) {
            r.forEachRemaining(rows::add);
            zeilen = r.zeilen();
            fehlerhaft = r.fehlerhafteZeilen();
        }
        return rows;
    }

    private List<String> ids() {
        return befunde.stream().map(Befund::regelId).toList();
    }

    @Test
    void theLimitsOfTheStatusCsvCanBeChanged() {
        String langeUrl = "leika_key;ars;online_status;datenstand;url\n"
                + "\"99041006013000\";\"150020000000\";ok;2023-01-31;\"https://example.org/" + "a".repeat(200) + "\"\n"
                + "\"99041006013000\";\"150020000000\";ok;2023-01-31;https://example.org/kurz\n";
        CsvReadOptions eng = CsvReadOptions.defaults().withLimits(TableLimits.defaults().withMaxCellChars(100));
        List<Umsetzungsstand> rows = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(
                new ByteArrayInputStream(langeUrl.getBytes(StandardCharsets.UTF_8)), eng, StatusRules.standard(),
                befunde::add)) {
            r.forEachRemaining(rows::add);
            assertEquals(2, r.zeilen());
            assertEquals(1, r.fehlerhafteZeilen());
        }
        assertEquals(1, rows.size());
        assertEquals(List.of(TableRules.ZELLE_ZU_LANG), ids());
        assertEquals(2, befunde.get(0).fundstelle().zeile().orElseThrow());

        befunde.clear();
        assertEquals(2, lies(langeUrl).size(), "the default limit takes the 220-character cell");
        assertEquals(List.of(), befunde);
    }

    @Test
    void blankAndWhitespaceLinesAreSkippedAndNotCounted() {
        List<Umsetzungsstand> rows = lies(KOPF + "\n   \n\t \n" + ZEILE + " \n;;;;\n" + ZEILE);
        assertEquals(2, rows.size());
        assertEquals(2, zeilen);
        assertEquals(0, fehlerhaft);
        assertEquals(List.of(), befunde);
    }

    @Test
    void rowsWithoutTheTrailingCellAreReadWithAWarning() {
        String kurz = "\"99041006013000\";\"150020000000\";ok;2023-01-31\n";
        List<Umsetzungsstand> rows = lies(KOPF + kurz + kurz);
        assertEquals(2, rows.size());
        assertEquals(2, zeilen);
        assertEquals(List.of(TableRules.ZU_WENIGE_ZELLEN, TableRules.ZU_WENIGE_ZELLEN), ids());
        assertEquals(Severity.WARNING, befunde.get(0).severity());
        assertTrue(befunde.get(0).meldungDe().contains("es fehlen reifegrad"), befunde.get(0).meldungDe());
    }

    @Test
    void anOverlongQuotedCellOfStatusLinesIsOneRejectedRow() {
        StringBuilder url = new StringBuilder();
        while (url.length() <= 1_000_000) {
            url.append("99041006013000;150020000000;ok;2023-01-31;V1:2\n");
        }
        String kopf = "leika_key;ars;online_status;datenstand;url\n";
        String zeile = "\"99041006013000\";\"150020000000\";ok;2023-01-31;x\n";
        List<Umsetzungsstand> rows = lies(kopf + zeile + "\"99041006013000\";\"150020000000\";ok;2023-01-31;\""
                + url + "\"\n" + zeile);
        assertEquals(2, rows.size());
        assertEquals(3, zeilen, "an RFC 4180 reader sees three records");
        assertEquals(1, fehlerhaft);
        assertEquals(List.of(TableRules.ZELLE_ZU_LANG), ids());
        assertEquals(Fundstelle.zeile(3, "url"), befunde.get(0).fundstelle());
    }

    @Test
    void anUnclosedQuoteIsOneFindingWhateverFollows() {
        List<Umsetzungsstand> rows = lies(KOPF + ZEILE + "\"99041006013000;x\n" + "a;\n".repeat(10_000));
        assertEquals(1, rows.size());
        assertEquals(2, zeilen);
        assertEquals(1, fehlerhaft);
        assertEquals(List.of(TableRules.OFFENES_ANFUEHRUNGSZEICHEN), ids());
    }

    @Test
    void aMissingRequiredColumnIsReportedAndNothingIsRead() {
        List<Umsetzungsstand> rows = lies("leika_key;ars;datenstand\n\"99041006013000\";\"150020000000\";2023-01-31\n");
        assertEquals(0, rows.size());
        assertEquals(List.of(TableRules.PFLICHTSPALTE_FEHLT), ids());
        assertEquals(Fundstelle.zeile(1, "online_status"), befunde.get(0).fundstelle());
    }

    @Test
    void undecodableBytesAreAnEncodingFinding() {
        byte[] kopf = (KOPF + ZEILE).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[kopf.length + 3];
        System.arraycopy(kopf, 0, bytes, 0, kopf.length);
        bytes[kopf.length] = (byte) 0xFF;
        bytes[kopf.length + 1] = ';';
        bytes[kopf.length + 2] = '\n';
        List<Umsetzungsstand> rows = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(new ByteArrayInputStream(bytes), befunde::add)) {
            r.forEachRemaining(rows::add);
        }
        assertEquals(1, rows.size());
        assertEquals(List.of(Statusbefunde.KODIERUNG), ids());
        assertEquals(Fundstelle.zeile(3), befunde.get(0).fundstelle());
    }
}
