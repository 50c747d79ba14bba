package de.ozg.json.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.table.TableRow;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the real public files in {@code ozg.shared.data} completely and compares them with the
 * {@link Rfc4180} reference; skipped when they are absent.
 */
class TableReaderRealDataTest {

    private static Path data(String relative) {
        String dir = System.getProperty("ozg.shared.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "shared test data directory (system property ozg.shared.data) not present");
        Path file = Path.of(dir, relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file not present: " + file);
        return file;
    }

    private static <C extends Enum<C> & de.ozg.core.table.TableColumn> Gelesen<C> read(Path file, Class<C> columns)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Gelesen.read(in, columns, CsvReadOptions.defaults());
        }
    }

    @Test
    void umsetzungskatalog2019ReadsCompletelyAsTheReferenceDoes() throws IOException {
        Path file = data("kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv");
        Gelesen<Katalogspalte> g = read(file, Katalogspalte.class);
        assertEquals(new CsvDialect(',', StandardCharsets.UTF_8, false, CsvDialect.LineEnding.CRLF), g.dialect);
        assertEquals(12, g.header.orElseThrow().cellCount());
        assertEquals(List.of(), g.header.orElseThrow().missingRequired());
        assertEquals(List.of(), g.findings);
        assertEquals(List.of(), g.rejected);
        long unkeyed = 0;
        Set<String> ozgIds = new HashSet<>();
        for (TableRow<Katalogspalte> r : g.rows) {
            assertEquals(12, r.cellCount(), r::toString);
            String key = r.cell(Katalogspalte.LEIKA_SCHLUESSEL).orElseThrow();
            if (key.equals("nicht im LeiKa")) {
                unkeyed++;
            } else {
                assertTrue(key.matches("\\d{14}"), "key stays a 14-digit string: " + key);
            }
            ozgIds.add(r.cell(Katalogspalte.OZG_ID).orElseThrow());
        }
        assertEquals(5_223, g.rows.size());
        assertEquals(426, unkeyed);
        assertEquals(557, ozgIds.size());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(Rfc4180.expected(text, ',', de.ozg.json.csv.TableLimits.defaults()), g.accounting());
    }

    @Test
    void gemeindeverzeichnisWithBomReadsCompletelyWithoutFindings() throws IOException {
        Gelesen<Gebietsspalte> g = read(data("destatis-gemeindeverzeichnis/AuszugGV4QAktuell.csv"), Gebietsspalte.class);
        assertTrue(g.dialect.bom());
        assertEquals(',', g.dialect.delimiter());
        assertEquals("satzart", g.header.orElseThrow().cells().get(0), "BOM stripped from the first name");
        assertEquals(20, g.header.orElseThrow().columnNames().size(), "every Destatis column is known");
        assertEquals(List.of(), g.findings);
        assertEquals(16_068, g.rows.size());
        long gemeinden = g.rows.stream().filter(r -> r.cell(Gebietsspalte.SATZART).orElseThrow().equals("60"))
                .peek(r -> assertEquals(3, r.rawCell(Gebietsspalte.GEMEINDE).length(), "leading zeros kept"))
                .count();
        assertEquals(11_004, gemeinden);
    }
}
