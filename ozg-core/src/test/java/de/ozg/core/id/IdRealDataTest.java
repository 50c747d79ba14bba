package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.ref.Bundesland;
import de.ozg.core.testdata.CsvTestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses every identifier of the real 2019 OZG catalogue and of the Destatis Gemeindeverzeichnis
 * (read from {@code ozg.shared.data}; skipped when that directory is missing).
 */
class IdRealDataTest {

    private static Path dataFile(String relative) {
        String dir = System.getProperty("ozg.shared.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "real data directory (system property ozg.shared.data) not present, skipping");
        Path file = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file " + file + " not present, skipping");
        return file;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        return index;
    }

    @Test
    void umsetzungskatalog2019() throws IOException {
        List<List<String>> rows = CsvTestReader.read(dataFile("kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv"));
        Map<String, Integer> col = columns(rows.get(0));
        int ozgCol = col.get("OZG-ID");
        int keyCol = col.get("LeiKa-Schlüssel");
        int ozgIds = 0;
        int unusual = 0;
        int keys = 0;
        int placeholders = 0;
        Set<OzgId> bundles = new HashSet<>();
        Map<LeikaTyp, Integer> typen = new EnumMap<>(LeikaTyp.class);
        for (List<String> row : rows.subList(1, rows.size())) {
            OzgId id = OzgId.parse(row.get(ozgCol));
            assertEquals(row.get(ozgCol), id.toString());
            bundles.add(id);
            ozgIds++;
            if (!id.isImUeblichenBereich()) {
                unusual++;
            }
            String key = row.get(keyCol);
            if (Leistungsschluessel.isPlaceholder(key)) {
                placeholders++;
                assertFalse(Leistungsschluessel.isValid(key));
                continue;
            }
            Leistungsschluessel k = Leistungsschluessel.parse(key);
            assertEquals(key, k.toString());
            assertEquals(k, Leistungsschluessel.fromUrn(k.toUrn()));
            typen.merge(k.leikaTyp(), 1, Integer::sum);
            keys++;
        }
        System.out.printf(Locale.ROOT, "Umsetzungskatalog 2019: %d OZG-IDs (%d bundles, %d outside 10000-10999), "
                + "%d LeiKa keys %s, %d placeholders%n", ozgIds, bundles.size(), unusual, keys, typen, placeholders);
        assertEquals(5223, ozgIds);
        assertEquals(557, bundles.size());
        assertEquals(0, unusual);
        assertEquals(426, placeholders);
        assertEquals(4797, keys);
        assertEquals(keys, typen.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(typen.keySet().containsAll(List.of(LeikaTyp.values())), "all three LeiKa-Typen occur");
    }

    @Test
    void gemeindeverzeichnis() throws IOException {
        List<List<String>> rows = CsvTestReader.read(dataFile("destatis-gemeindeverzeichnis/gemeinden_ags_ars.csv"));
        Map<String, Integer> col = columns(rows.get(0));
        int ebeneCol = col.get("ebene");
        int agsCol = col.get("ags");
        int arsCol = col.get("ars");
        int landCol = col.get("land");

        Map<Ars, ArsEbene> coarsestRowLevel = new HashMap<>();
        Map<String, Integer> rowsPerEbene = new HashMap<>();
        int arsCount = 0;
        int agsCount = 0;
        int gemeindenSachsenAnhalt = 0;
        int brokenRbAgs = 0;
        int misrepairedRbAgs = 0;
        int ambiguousRbAgs = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String ebeneText = row.get(ebeneCol);
            rowsPerEbene.merge(ebeneText, 1, Integer::sum);
            String arsText = row.get(arsCol);
            if (arsText.isEmpty()) {
                // Baden-Württemberg's planning regions (Satzart 30) carry no key
                assertEquals("Region", ebeneText);
                continue;
            }
            Ars ars = Ars.parse(arsText);
            arsCount++;
            assertEquals(arsText, ars.toString());
            assertEquals(Optional.of(Bundesland.ofCode(row.get(landCol))), ars.land());
            ArsEbene rowLevel = ArsEbene.valueOf(ebeneText.toUpperCase(Locale.ROOT));
            // the key never shows a finer level than the row's unit
            assertFalse(rowLevel.isHoeherAls(ars.ebene()), () -> "row level finer than key for " + row);
            coarsestRowLevel.merge(ars, rowLevel, (a, b) -> a.isHoeherAls(b) ? a : b);

            String agsText = row.get(agsCol);
            if (!agsText.isEmpty()) {
                if (rowLevel == ArsEbene.REGIERUNGSBEZIRK) {
                    // known defect of the derived file: the Regierungsbezirk AGS lost its Kreis digits
                    // (0310000 for 03100000). Strict parse refuses it. Normalisation takes the 7 digits
                    // for a lost leading zero: for Länder 01-09 the padded key has Land 00 and fails, but
                    // Sachsen's 1450000 becomes 01450000, a well-formed key of another Land. Such a repair
                    // never matches the row's ARS - normalised keys need a Gebietsverzeichnis check.
                    assertFalse(Ags.isValid(agsText), agsText);
                    assertEquals(7, agsText.length());
                    Normalisierung<Ags> n = Ags.normalize(agsText);
                    assertFalse(n.wert().map(a -> a.matches(ars)).orElse(false), agsText);
                    if (n.isErfolgreich()) {
                        misrepairedRbAgs++;
                    }
                    if (n.isMehrdeutig()) {
                        // Sachsen's 1450000 padded would be a Regierungsbezirk 4 of Schleswig-Holstein
                        assertTrue(ars.landNummer() >= 10, agsText);
                        ambiguousRbAgs++;
                    }
                    brokenRbAgs++;
                    continue;
                }
                Ags ags = Ags.parse(agsText);
                agsCount++;
                assertEquals(agsText, ags.toString());
                assertTrue(ags.matches(ars), () -> "AGS does not match ARS in " + row);
                assertEquals(ars.kreisPrefix(), ags.kreisPrefix());
                assertEquals(ars.ebene(), ags.ebene(), () -> "AGS and ARS levels differ in " + row);
                if (rowLevel == ArsEbene.GEMEINDE) {
                    assertEquals(Optional.of(ags), ars.toAgs(), () -> "toAgs() differs in " + row);
                }
            }
            if (rowLevel == ArsEbene.GEMEINDE && ars.landNummer() == 15) {
                gemeindenSachsenAnhalt++;
            }
        }

        // where a key names one unit only, ebene() is that unit's level; where several units share a
        // key (kreisfreie Städte, Stadtstaaten), it is the coarsest of them
        int unambiguous = 0;
        for (Map.Entry<Ars, ArsEbene> e : coarsestRowLevel.entrySet()) {
            assertEquals(e.getValue(), e.getKey().ebene(), () -> "ebene() of " + e.getKey());
            Optional<Ars> parent = e.getKey().parent();
            if (e.getKey().ebene() != ArsEbene.LAND) {
                // every parent of a real key is itself a key of the Gebietsverzeichnis
                assertTrue(parent.isPresent() && coarsestRowLevel.containsKey(parent.get()),
                        () -> "parent of " + e.getKey() + " not in the file: " + parent);
                assertTrue(parent.get().covers(e.getKey()));
            } else {
                assertEquals(Optional.of(Ars.BUND), parent);
            }
        }
        Map<Ars, Integer> rowsPerKey = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!row.get(arsCol).isEmpty()) {
                rowsPerKey.merge(Ars.parse(row.get(arsCol)), 1, Integer::sum);
            }
        }
        unambiguous = (int) rowsPerKey.values().stream().filter(n -> n == 1).count();

        System.out.printf(Locale.ROOT, "Gemeindeverzeichnis: %d rows %s, %d ARS (%d distinct, %d naming one unit only), "
                + "%d AGS, %d broken RB AGS (%d of them padded into another Land's key by normalize), %d Gemeinden in Sachsen-Anhalt%n", rows.size() - 1, rowsPerEbene,
                arsCount, coarsestRowLevel.size(), unambiguous, agsCount, brokenRbAgs, misrepairedRbAgs,
                gemeindenSachsenAnhalt);
        assertEquals(16068, rows.size() - 1);
        assertEquals(11004, rowsPerEbene.get("Gemeinde"));
        assertEquals(16068 - 12, arsCount);
        assertEquals(29, brokenRbAgs);
        assertEquals(0, misrepairedRbAgs, "no broken AGS is repaired into another Land's key any more");
        assertEquals(3, ambiguousRbAgs, "Sachsen's three: 1450000, 1460000, 1470000");
        assertEquals(16 + 401 + 11004, agsCount);
        assertEquals(218, gemeindenSachsenAnhalt);
        assertTrue(unambiguous > 15_000, "most keys name one unit only");
    }

    /**
     * The leading-zero repair on every real key of the Länder 01-09: with the zero cut off, each comes
     * back, with and without the directory; no real key is taken for ambiguous. And for the keys of
     * the Länder 10-16 with their last digit cut off (11 digits, as in the 15002000000), the
     * repair never invents a key the directory does not list.
     */
    @Test
    void leadingZeroRepairOnEveryRealKey() throws IOException {
        List<List<String>> rows = CsvTestReader.read(dataFile("destatis-gemeindeverzeichnis/gemeinden_ags_ars.csv"));
        Map<String, Integer> col = columns(rows.get(0));
        Set<Ars> alleArs = new HashSet<>();
        Set<Ags> alleAgs = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!row.get(col.get("ars")).isEmpty()) {
                alleArs.add(Ars.parse(row.get(col.get("ars"))));
            }
            String ags = row.get(col.get("ags"));
            if (Ags.isValid(ags)) {
                alleAgs.add(Ags.parse(ags));
            }
        }
        Set<String> landUndBezirk = new HashSet<>();
        alleArs.forEach(a -> landUndBezirk.add(a.toString().substring(0, 3)));
        int repariert = 0;
        int erfunden = 0;
        int mehrdeutig = 0;
        for (Ars ars : alleArs) {
            String text = ars.toString();
            if (ars.landNummer() <= 9) {
                assertEquals(ars, Ars.normalize(text.substring(1)).orElseThrow(), text);
                assertEquals(ars, Ars.normalize(text.substring(1), alleArs::contains).orElseThrow(), text);
                repariert++;
            } else if (text.endsWith("0")) {
                Normalisierung<Ars> ohneVerzeichnis = Ars.normalize(text.substring(0, 11));
                if (ohneVerzeichnis.isErfolgreich() && !alleArs.contains(ohneVerzeichnis.wert().get())) {
                    erfunden++;
                    // Without a directory the repair may only promise the structure: Land and
                    // Regierungsbezirk of the repaired key exist.
                    assertTrue(landUndBezirk.contains(ohneVerzeichnis.wert().get().toString().substring(0, 3)), text);
                }
                Normalisierung<Ars> mitVerzeichnis = Ars.normalize(text.substring(0, 11), alleArs::contains);
                assertTrue(mitVerzeichnis.wert().map(alleArs::contains).orElse(true), text);
                mehrdeutig += mitVerzeichnis.isMehrdeutig() ? 1 : 0;
            }
        }
        for (Ags ags : alleAgs) {
            if (ags.landNummer() <= 9) {
                assertEquals(ags, Ags.normalize(ags.toString().substring(1)).orElseThrow(), ags.toString());
                assertEquals(ags, Ags.normalize(ags.toString().substring(1), alleAgs::contains).orElseThrow());
            }
        }
        System.out.printf(Locale.ROOT, "leading zero: %d real keys of Länder 01-09 repaired; truncated keys of Länder "
                + "10-16: %d repaired without directory to keys it does not list, %d ambiguous with it%n", repariert,
                erfunden, mehrdeutig);
        assertTrue(repariert > 10_000, "most keys belong to the Länder 01-09: " + repariert);
        assertTrue(mehrdeutig > 0);
        assertEquals(Optional.of(Ars.parse("015002000000")), Ars.normalize("15002000000").kandidaten().stream()
                .findFirst(), "the issue's example");
    }
}
