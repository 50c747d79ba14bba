package de.ozg.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real public files in {@code ozg.shared.data} completely; skipped when they are absent. */
class CsvRealDataTest {

    /** The twelve columns of the 2019 Umsetzungskatalog, with the aliases other exports use. */
    static final Spaltenschema UMSETZUNGSKATALOG = Spaltenschema.of(
            Spalte.required("Themenfeld"),
            Spalte.required("Lebenslage", "Lage", "Unternehmenslage"),
            Spalte.required("OZG-ID"),
            Spalte.required("OZG-Leistung", "OZG-Bezeichnung"),
            Spalte.required("LeiKa-Schlüssel", "Leistungsschlüssel", "leika_key"),
            Spalte.required("LeiKa-Bezeichnung", "leika_name"),
            Spalte.optional("LeiKa-Typ", "Typisierung", "Typ"),
            Spalte.optional("Rechtsgrundlage(n)"),
            Spalte.optional("Gesetz(e)"),
            Spalte.optional("Gesetzeskürzel"),
            Spalte.optional("SDG1-Relevanz"),
            Spalte.optional("SDG2-Relevanz"));

    static final Spaltenschema GEMEINDEVERZEICHNIS = Spaltenschema.of(
            Spalte.required("Satzart"), Spalte.optional("Textkennzeichen"), Spalte.required("Land"),
            Spalte.optional("RB", "Regierungsbezirk"), Spalte.optional("Kreis"),
            Spalte.optional("VB", "Gemeindeverband"), Spalte.optional("Gemeinde"),
            Spalte.required("Gemeindename", "Name"), Spalte.optional("Fläche"), Spalte.optional("Bevölkerung"),
            Spalte.optional("männlich"), Spalte.optional("weiblich"), Spalte.optional("je km2"),
            Spalte.optional("Postleitzahl", "PLZ"), Spalte.optional("Längengrad"), Spalte.optional("Breitengrad"),
            Spalte.optional("Schlüssel"), Spalte.optional("Bezeichnung"),
            Spalte.optional("Verstädterungschlüssel"), Spalte.optional("Verstädterungbezeichnung"));

    private static Path data(String relative) {
        String dir = System.getProperty("ozg.shared.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Paths.get(dir)),
                "shared test data directory (system property ozg.shared.data) not present");
        Path file = Paths.get(dir, relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file not present: " + file);
        return file;
    }

    @Test
    void umsetzungskatalog2019ReadsCompletelyWithoutProblems() throws IOException {
        Path file = data("kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv");
        try (CsvReader reader = CsvReader.open(file, UMSETZUNGSKATALOG, CsvReadOptions.defaults())) {
            assertEquals(new CsvDialect(',', StandardCharsets.UTF_8, false, CsvDialect.LineEnding.CRLF),
                    reader.dialect());
            assertEquals(12, reader.header().header().size());
            assertEquals(List.of(), reader.header().extraColumns());
            long count = 0;
            long unkeyed = 0;
            long lastLine = 1;
            Set<String> ozgIds = new HashSet<>();
            while (reader.hasNext()) {
                CsvRecord record = reader.next();
                count++;
                assertEquals(12, record.cellCount(), record.toString());
                assertTrue(record.line() > lastLine, "lines increase");
                lastLine = record.line();
                String key = record.text("LeiKa-Schlüssel");
                if (key.equals("nicht im LeiKa")) {
                    unkeyed++;
                } else {
                    assertTrue(key.matches("\\d{14}"), "key stays a 14-digit string: " + key);
                }
                ozgIds.add(record.text("OZG-ID"));
            }
            assertEquals(List.of(), reader.problems());
            assertEquals(5_223, count);
            assertEquals(426, unkeyed);
            assertEquals(557, ozgIds.size());
        }
    }

    @Test
    void gemeindeverzeichnisWithBomReadsCompletelyWithoutProblems() throws IOException {
        Path file = data("destatis-gemeindeverzeichnis/AuszugGV4QAktuell.csv");
        try (CsvReader reader = CsvReader.open(file, GEMEINDEVERZEICHNIS, CsvReadOptions.defaults())) {
            assertTrue(reader.dialect().bom());
            assertEquals(',', reader.dialect().delimiter());
            assertEquals("satzart", reader.header().header().get(0), "BOM stripped from the first name");
            long[] counts = new long[2];
            reader.forEachRemaining(record -> {
                counts[0]++;
                if (record.text("Satzart").equals("60")) {
                    counts[1]++;
                    assertEquals(3, record.text("Gemeinde").length(), "Gemeinde part keeps leading zeros");
                }
            });
            assertEquals(List.of(), reader.problems());
            assertEquals(16_068, counts[0]);
            assertEquals(11_004, counts[1]);
        }
    }
}
