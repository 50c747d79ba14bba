package de.ozg.json.quellen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.core.validation.katalog.Katalogregeln;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.CsvWriteOptions;
import de.ozg.json.csv.CsvWriter;
import de.ozg.json.csv.internal.TableReader;
import java.util.ArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real public files in {@code ozg.shared.data}; skipped when they are absent. */
class QuellenRealDataTest {

    static final String KATALOG = "kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv";
    static final LocalDate STAND = LocalDate.of(2019, 12, 31);

    static Path data(String relative) {
        String dir = System.getProperty("ozg.shared.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "shared test data directory (system property ozg.shared.data) not present, skipping");
        Path file = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file not present, skipping: " + file);
        return file;
    }

    static Map<String, Long> jeRegel(Pruefbericht b) {
        Map<String, Long> m = new TreeMap<>();
        b.befunde().forEach(x -> m.merge(x.regelId() + "/" + x.severity(), 1L, Long::sum));
        return m;
    }

    @Test
    void umsetzungskatalog2019() {
        Path datei = data(KATALOG);
        CsvSource<Katalogspalte, OzgKatalog> leser = CsvSource.umsetzungskatalog();
        TableResult<OzgKatalog> e = leser.read(datei, STAND);
        // warm passes for the printed timing (not asserted: benchmarks belong to JMH)
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            leser.read(datei, STAND);
            best = Math.min(best, System.nanoTime() - start);
        }
        Pruefbericht b = e.bericht();
        System.out.printf(Locale.ROOT, "Umsetzungskatalog 2019 from CSV: %d rows read and checked in %d ms (warm);"
                + " %s%n", b.datensaetze(), best / 1_000_000, jeRegel(b));

        assertEquals(5223, b.datensaetze());
        assertTrue(b.befunde(Severity.ERROR).isEmpty(), () -> b.toText(Locale.GERMAN));
        assertTrue(b.technischeFehler().isEmpty());
        List<Befund> platzhalter = b.befundeZuRegel(Katalogregeln.LEIKA_PLATZHALTER);
        assertEquals(426, platzhalter.size());
        assertTrue(platzhalter.stream().allMatch(x -> x.severity() == Severity.INFO));
        assertTrue(platzhalter.stream().allMatch(x -> "umsetzungskatalog-2019.csv".equals(
                x.fundstelle().quelle().orElse(null)) && "LeiKa-Schlüssel".equals(x.fundstelle().spalte().orElse(null))));
        assertTrue(b.befunde().stream().noneMatch(x -> x.regelId().startsWith("CSV-")), () -> b.toText(Locale.GERMAN));

        OzgKatalog k = e.model();
        assertEquals(0, e.uebersprungeneZeilen());
        assertEquals(557, k.leistungen().size());
        assertEquals(14, k.themenfelder().size());
        assertEquals(5223, k.anzahlLeikaLeistungen());
        assertEquals(426, k.anzahlOhneSchluessel());
        assertEquals(37, k.leistungen(Themenfeld.FAMILIE_KIND).size());
        assertEquals(78, k.leistungen(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG).size());
    }

    @Test
    void excelExportOfTheCatalogueReadsTheSame(@TempDir Path dir) throws IOException {
        Path original = data(KATALOG);
        Path excel = dir.resolve("umsetzungskatalog-2019-excel.csv");
        List<Object> probleme = new ArrayList<>();
        TableReader.Listener sammler = TableReader.Listener.of(probleme::add, probleme::add, probleme::add);
        try (InputStream in = Files.newInputStream(original);
                TableReader<Katalogspalte> reader = TableReader.open(in, Katalogspalte.class, CsvReadOptions.defaults(),
                        null, sammler);
                OutputStream out = Files.newOutputStream(excel)) {
            CsvWriter writer = CsvWriter.open(out, CsvWriteOptions.rfc4180().withDelimiter(';').withBom(true),
                    reader.header().orElseThrow().cells());
            while (reader.hasNext()) {
                TableRow<Katalogspalte> r = reader.next();
                writer.writeRow(r.cells());
            }
            writer.close();
        }
        assertTrue(probleme.isEmpty(), probleme::toString);
        try (InputStream in = Files.newInputStream(excel);
                TableReader<Katalogspalte> check = TableReader.open(in, Katalogspalte.class, CsvReadOptions.defaults(),
                        null, sammler)) {
            assertEquals(new CsvDialect(';', java.nio.charset.StandardCharsets.UTF_8, true,
                    CsvDialect.LineEnding.CRLF), check.dialect());
        }
        CsvSource<Katalogspalte, OzgKatalog> leser = CsvSource.umsetzungskatalog();
        TableResult<OzgKatalog> komma;
        TableResult<OzgKatalog> semikolon;
        // the same source name for both, so that the findings can be compared as a whole
        try (InputStream a = Files.newInputStream(original); InputStream b = Files.newInputStream(excel)) {
            komma = leser.read(a, "katalog.csv", STAND);
            semikolon = leser.read(b, "katalog.csv", STAND);
        }
        assertEquals(komma.model(), semikolon.model());
        assertEquals(jeRegel(komma.bericht()), jeRegel(semikolon.bericht()));
        assertEquals(komma.bericht().befunde(), semikolon.bericht().befunde());
        assertEquals(komma.uebersprungeneZeilen(), semikolon.uebersprungeneZeilen());
    }

    @Test
    void gemeindeverzeichnis() {
        Path datei = data("destatis-gemeindeverzeichnis/AuszugGV4QAktuell.csv");
        CsvSource<Gebietsspalte, Gebietsverzeichnis> leser = CsvSource.gemeindeverzeichnis();
        TableResult<Gebietsverzeichnis> e = leser.read(datei, LocalDate.of(2020, 12, 31));
        long start = System.nanoTime();
        leser.read(datei, LocalDate.of(2020, 12, 31));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Pruefbericht b = e.bericht();
        System.out.printf(Locale.ROOT, "Gemeindeverzeichnis from CSV: %d rows read and checked in %d ms (warm); %s%n",
                b.datensaetze(), ms, jeRegel(b));
        assertEquals(16_068, b.datensaetze());
        assertTrue(b.befunde(Severity.ERROR).isEmpty(), () -> b.toText(Locale.GERMAN));
        assertTrue(b.technischeFehler().isEmpty());
        assertTrue(b.befunde().stream().noneMatch(x -> x.regelId().startsWith("CSV-")), () -> b.toText(Locale.GERMAN));
        Gebietsverzeichnis v = e.model();
        assertEquals(16, v.gebiete(ArsEbene.LAND).size());
        assertEquals(401, v.gebiete(ArsEbene.KREIS).size());
        assertEquals(4_606, v.gebiete(ArsEbene.GEMEINDEVERBAND).size());
        assertEquals(11_004, v.anzahlGemeinden());
        assertEquals(0, e.uebersprungeneZeilen());
    }
}
