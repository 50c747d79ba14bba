package de.ozg.core.validation.katalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.testdata.CsvTestReader;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks and reads the real 2019 OZG-Umsetzungskatalog (from {@code ozg.shared.data}; skipped when
 * that directory is missing).
 */
class KatalogRealDataTest {

    static Path dataFile(String relative) {
        String dir = System.getProperty("ozg.shared.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "real data directory (system property ozg.shared.data) not present, skipping");
        Path file = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file " + file + " not present, skipping");
        return file;
    }

    @Test
    void umsetzungskatalog2019() throws IOException {
        List<List<String>> rows = CsvTestReader.read(dataFile("kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv"));
        TableHeader<Katalogspalte> kopf = TableHeader.of(Katalogspalte.class, rows.get(0))
                .withQuelle("umsetzungskatalog-2019.csv");
        assertTrue(kopf.missingRequired().isEmpty());
        // the file has no line breaks inside cells, so record i is on line i + 1
        List<TableRow<Katalogspalte>> zeilen = new ArrayList<>(rows.size());
        for (int i = 1; i < rows.size(); i++) {
            zeilen.add(kopf.row(i + 1, rows.get(i)));
        }
        TableResult<OzgKatalog> e = Katalogregeln.check(Katalogregeln.standard(), LocalDate.of(2019, 12, 31)).checkAll(zeilen);
        // a second, warm pass for the printed timing (not asserted: benchmarks belong to JMH)
        long start = System.nanoTime();
        Katalogregeln.check(Katalogregeln.standard(), LocalDate.of(2019, 12, 31)).checkAll(zeilen);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Pruefbericht b = e.bericht();
        Map<String, Long> jeRegel = new TreeMap<>();
        b.befunde().forEach(x -> jeRegel.merge(x.regelId() + "/" + x.severity(), 1L, Long::sum));
        System.out.printf(Locale.ROOT, "Umsetzungskatalog 2019: %d rows checked and read in %d ms (warm); %s%n",
                zeilen.size(), ms, jeRegel);

        assertEquals(5223, b.datensaetze());
        assertTrue(b.befunde(Severity.ERROR).isEmpty(), () -> b.toText(Locale.GERMAN));
        assertEquals(426, b.befundeZuRegel(Katalogregeln.LEIKA_PLATZHALTER).size());
        assertTrue(b.befundeZuRegel(Katalogregeln.LEIKA_PLATZHALTER).stream()
                .allMatch(x -> x.severity() == Severity.INFO));
        List<Befund> typLeer = b.befundeZuRegel(Katalogregeln.TYPISIERUNG_LEER);
        assertEquals(8, typLeer.size());
        assertEquals(8, b.befunde(Severity.WARNING).size());
        Befund kennzahl = b.befundeZuRegel(Katalogregeln.KENNZAHLEN).get(0);
        assertEquals("557", kennzahl.wert().orElseThrow());
        assertEquals(426 + 1, b.befunde(Severity.INFO).size());

        OzgKatalog k = e.model();
        assertEquals(0, e.uebersprungeneZeilen());
        assertEquals(557, k.leistungen().size());
        assertEquals(14, k.themenfelder().size());
        assertEquals(5223, k.anzahlLeikaLeistungen());
        assertEquals(426, k.anzahlOhneSchluessel());
        assertEquals(55, k.lebenslagen().size());
        assertEquals(37, k.leistungen(Themenfeld.FAMILIE_KIND).size());
        assertEquals(78, k.leistungen(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG).size());
    }
}
