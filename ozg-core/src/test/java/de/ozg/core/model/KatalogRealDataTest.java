package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.testdata.CsvTestReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real OZG-Umsetzungskatalog 2019 as an {@link OzgKatalog}: its counts and lookups, checked
 * against figures computed from the raw rows by plain string grouping.
 */
class KatalogRealDataTest {

    private static OzgKatalog katalog;
    private static List<List<String>> zeilen;

    @BeforeAll
    static void lese() throws IOException {
        katalog = KatalogTestdaten.katalog();
        List<List<String>> alle = CsvTestReader.read(KatalogTestdaten.datei());
        assertEquals(List.of("Themenfeld", "Lebenslage", "OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel"),
                alle.get(0).subList(0, 5));
        zeilen = alle.subList(1, alle.size());
    }

    @Test
    void countsOfBundlesServicesAndUnkeyedServices() {
        assertEquals(557, katalog.leistungen().size());
        assertEquals(5223, katalog.anzahlLeikaLeistungen());
        assertEquals(426, katalog.anzahlOhneSchluessel());
        assertEquals(14, katalog.themenfelder().size());

        Set<String> ozgIds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        long placeholders = 0;
        for (List<String> z : zeilen) {
            ozgIds.add(z.get(2));
            if (z.get(4).equals("nicht im LeiKa")) {
                placeholders++;
            } else {
                keys.add(z.get(4));
            }
        }
        assertEquals(ozgIds.size(), katalog.leistungen().size());
        assertEquals(zeilen.size(), katalog.anzahlLeikaLeistungen());
        assertEquals(placeholders, katalog.anzahlOhneSchluessel());
        assertEquals(keys.size(), katalog.schluessel().size());
    }

    @Test
    void bundlesPerThemenfeldMatchPlainGrouping() {
        Map<String, Set<String>> idsNachThemenfeld = new TreeMap<>();
        for (List<String> z : zeilen) {
            idsNachThemenfeld.computeIfAbsent(z.get(0), k -> new HashSet<>()).add(z.get(2));
        }
        assertEquals(14, idsNachThemenfeld.size());
        Map<Themenfeld, Integer> erwartet = new EnumMap<>(Themenfeld.class);
        idsNachThemenfeld.forEach((name, ids) -> erwartet.put(Themenfeld.parse(name), ids.size()));
        assertEquals(14, erwartet.size(), "the 14 names must map to 14 different Themenfelder");

        Map<Themenfeld, Integer> tatsaechlich = new EnumMap<>(Themenfeld.class);
        katalog.themenfelder().forEach(t -> tatsaechlich.put(t, katalog.leistungen(t).size()));
        assertEquals(erwartet, tatsaechlich);
        assertEquals(37, katalog.leistungen(Themenfeld.parse("Familie & Kind")).size());
        assertEquals(78, katalog.leistungen(Themenfeld.parse("Unternehmensführung & -entwicklung")).size());
    }

    @Test
    void lebenslagenMatchPlainGrouping() {
        Set<List<String>> paare = new HashSet<>();
        Map<List<String>, Set<String>> idsNachLage = new HashMap<>();
        for (List<String> z : zeilen) {
            List<String> paar = List.of(z.get(1), z.get(0));
            paare.add(paar);
            idsNachLage.computeIfAbsent(paar, k -> new HashSet<>()).add(z.get(2));
        }
        // lebenslagen.csv lists 58 Lagen, but only 55 of them carry bundles in the catalogue
        assertEquals(55, paare.size());
        assertEquals(paare.size(), katalog.lebenslagen().size());
        for (Map.Entry<List<String>, Set<String>> e : idsNachLage.entrySet()) {
            Lebenslage lage = Lebenslage.of(e.getKey().get(0), Themenfeld.parse(e.getKey().get(1)));
            assertTrue(katalog.lebenslagen().contains(lage), lage::toString);
            assertEquals(e.getValue().size(), katalog.leistungen(lage).size(), lage::toString);
        }
        assertEquals(katalog.leistungen().size(),
                katalog.lebenslagen().stream().mapToInt(l -> katalog.leistungen(l).size()).sum());
    }

    @Test
    void lookupByOzgIdAndKey() {
        OzgLeistung elterngeld = katalog.leistung(OzgId.parse("10000")).orElseThrow();
        assertEquals("Elterngeld", elterngeld.bezeichnung());
        assertEquals(Themenfeld.parse("Familie & Kind"), elterngeld.themenfeld());
        assertEquals("Geburt", elterngeld.lebenslage().bezeichnung());
        Leistungsschluessel bewilligung = Leistungsschluessel.parse("99041006013000");
        assertTrue(elterngeld.schluessel().contains(bewilligung));
        assertEquals(List.of(elterngeld), katalog.leistungenMit(bewilligung));
        assertFalse(katalog.leistung(OzgId.parse("10999")).isPresent());

        for (List<String> z : zeilen) {
            if (!Leistungsschluessel.isPlaceholder(z.get(4))) {
                List<OzgLeistung> mit = katalog.leistungenMit(Leistungsschluessel.parse(z.get(4)));
                assertEquals(1, mit.size(), z::toString);
                assertEquals(z.get(2), mit.get(0).ozgId().toString());
            }
        }
    }

    @Test
    void bundlesAreInOzgIdOrderAndServicesKeepFileOrder() {
        List<OzgLeistung> l = katalog.leistungen();
        for (int i = 1; i < l.size(); i++) {
            assertTrue(l.get(i - 1).ozgId().compareTo(l.get(i).ozgId()) < 0);
        }
        List<String> bezeichnungen = new ArrayList<>();
        for (List<String> z : zeilen) {
            if (z.get(2).equals("10000")) {
                bezeichnungen.add(z.get(5));
            }
        }
        assertEquals(bezeichnungen, katalog.leistung(OzgId.parse("10000")).orElseThrow().leistungen().stream()
                .map(LeikaLeistung::bezeichnung).toList());
    }

    @Test
    void repeatedAndShuffledInputGivesTheSameCatalogue() {
        List<OzgLeistung> doppelt = new ArrayList<>(katalog.leistungen());
        doppelt.addAll(katalog.leistungen());
        Collections.shuffle(doppelt, new Random(2019));
        OzgKatalog neu = OzgKatalog.builder().stand(katalog.stand()).version(katalog.version())
                .addAllLeistungen(doppelt).build();
        assertEquals(katalog, neu);
        assertEquals(katalog.hashCode(), neu.hashCode());
        assertEquals(katalog.leistungen(), neu.leistungen());
    }
}
