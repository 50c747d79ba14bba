package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the LeiKa-Typ column of the real 2019 OZG-Umsetzungskatalog (KDN NRW) and proves that every
 * cell is understood by {@link Typisierung#parseMenge(CharSequence)}.
 */
class UmsetzungskatalogTypisierungTest {

    private static final int LEIKA_TYP = 6;

    private static List<List<String>> zeilen;

    @BeforeAll
    static void lese() throws IOException {
        String dir = System.getProperty("ozg.shared.data");
        Path datei = dir == null ? null : Path.of(dir, "kdn-nrw-ozg-katalog-2019", "umsetzungskatalog-2019.csv");
        Assumptions.assumeTrue(datei != null && Files.isRegularFile(datei),
                "real data not available: set ozg.shared.data to the shared data directory (was " + dir + ")");
        zeilen = csv(Files.readString(datei, StandardCharsets.UTF_8));
    }

    /** RFC 4180 records: comma separated, quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder feld = new StringBuilder();
        boolean inQuotes = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    feld.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    feld.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == ',') {
                record.add(feld.toString());
                feld.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(feld.toString());
                feld.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                feld.append(c);
            }
        }
        if (feld.length() > 0 || !record.isEmpty()) {
            record.add(feld.toString());
            records.add(record);
        }
        return records;
    }

    @Test
    void theFileHasTheExpectedShape() {
        assertEquals("LeiKa-Typ", zeilen.get(0).get(LEIKA_TYP));
        assertEquals(5_223, zeilen.size() - 1);
        for (List<String> zeile : zeilen) {
            assertEquals(12, zeile.size(), zeile.toString());
        }
    }

    @Test
    void everyLeikaTypCellParses() {
        int leer = 0;
        Map<Typisierung, Integer> proCode = new EnumMap<>(Typisierung.class);
        Map<String, Integer> mehrwertig = new TreeMap<>();
        for (List<String> zeile : zeilen.subList(1, zeilen.size())) {
            String zelle = zeile.get(LEIKA_TYP);
            Set<Typisierung> menge = Typisierung.parseMenge(zelle);
            if (menge.isEmpty()) {
                leer++;
            }
            if (menge.size() > 1) {
                mehrwertig.merge(Typisierung.formatMenge(menge), 1, Integer::sum);
            }
            for (Typisierung t : menge) {
                proCode.merge(t, 1, Integer::sum);
            }
        }
        assertEquals(8, leer);
        assertEquals(Map.of("1, 2/3", 20, "1, 2", 1), mehrwertig);
        assertEquals(EnumSet.of(Typisierung.TYP_1, Typisierung.TYP_2, Typisierung.TYP_2_3, Typisierung.TYP_4,
                Typisierung.TYP_5, Typisierung.TYP_6), proCode.keySet());
        assertEquals(6, proCode.size());
        // every non-empty row contributes one code, multi-valued rows one more each
        int summe = proCode.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(5_223 - 8 + 21, summe);
        // 2/3 is the most frequent value, as the code list documentation says
        Typisierung haeufigste = proCode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(Typisierung.TYP_2_3, haeufigste);
        assertTrue(proCode.get(Typisierung.TYP_1) > proCode.get(Typisierung.TYP_4));
    }
}
