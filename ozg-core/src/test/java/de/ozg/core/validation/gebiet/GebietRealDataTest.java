package de.ozg.core.validation.gebiet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.testdata.CsvTestReader;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
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
 * Checks and reads the Destatis Gemeindeverzeichnis extract (from {@code ozg.shared.data}; skipped
 * when that directory is missing).
 */
class GebietRealDataTest {

    @Test
    void gemeindeverzeichnis() throws IOException {
        String dir = System.getProperty("ozg.shared.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "real data directory (system property ozg.shared.data) not present, skipping");
        Path file = Path.of(dir).resolve("destatis-gemeindeverzeichnis/AuszugGV4QAktuell.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file " + file + " not present, skipping");
        // CsvTestReader strips the UTF-8 BOM, so the first header cell is "satzart"
        List<List<String>> rows = CsvTestReader.read(file);
        TableHeader<Gebietsspalte> kopf = TableHeader.of(Gebietsspalte.class, rows.get(0)).withQuelle("AuszugGV4QAktuell.csv");
        assertTrue(kopf.missingRequired().isEmpty(), kopf.toString());
        assertEquals(20, kopf.cellCount());
        List<TableRow<Gebietsspalte>> zeilen = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            zeilen.add(kopf.row(i + 1, rows.get(i)));
        }
        TableResult<Gebietsverzeichnis> e = Gebietsregeln.check(Gebietsregeln.standard(), LocalDate.of(2020, 12, 31)).checkAll(zeilen);
        Pruefbericht b = e.bericht();
        Map<String, Long> jeRegel = new TreeMap<>();
        b.befunde().forEach(x -> jeRegel.merge(x.regelId() + "/" + x.severity(), 1L, Long::sum));
        System.out.printf(Locale.ROOT, "Gemeindeverzeichnis: %d rows; %s%n", zeilen.size(), jeRegel);

        assertEquals(16_068, b.datensaetze());
        assertTrue(b.befunde(Severity.ERROR).isEmpty(), () -> b.toText(Locale.GERMAN));
        assertTrue(b.befunde(Severity.WARNING).isEmpty(), () -> b.toText(Locale.GERMAN));
        // the deutsch-luxemburgisches Hoheitsgebiet and the Küstengewässer of MV, each as Verband and Gemeinde
        assertEquals(4, b.befundeZuRegel(Gebietsregeln.OHNE_KREIS).size());

        Gebietsverzeichnis v = e.model();
        assertEquals(0, e.uebersprungeneZeilen());
        assertEquals(16, v.gebiete(ArsEbene.LAND).size());
        assertEquals(29, v.gebiete(ArsEbene.REGIERUNGSBEZIRK).size());
        assertEquals(401, v.gebiete(ArsEbene.KREIS).size());
        assertEquals(4_606, v.gebiete(ArsEbene.GEMEINDEVERBAND).size());
        assertEquals(11_004, v.anzahlGemeinden());
        assertEquals(218, v.gemeindenUnter(Ars.parse("150000000000")).size());
        assertEquals(90_164, v.gebiet(Ars.parse("010010000000"), ArsEbene.GEMEINDE).orElseThrow().bevoelkerung()
                .getAsLong());
        long summe = v.gemeinden().stream().mapToLong(g -> g.bevoelkerung().orElse(0)).sum();
        assertEquals(83_166_711L, summe);
    }
}
