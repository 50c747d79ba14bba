package de.ozg.core.validation.katalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cross-row checks (which look identifiers up by number and rows by a hash of their cells)
 * against naive counts over the cell texts, on catalogues drawn from a small pool of values so that
 * keys repeat within and across bundles, content differs and whole rows repeat.
 */
class QuerpruefungenPropertiesTest {

    private static final String[] IDS = {"10000", "10001", "10002", " 10003"};
    private static final String[] SCHLUESSEL = {"99041006000000", "99041006013000", "99050012104000",
        "99050012104000 ", "nicht im LeiKa"};
    private static final String[] BEZEICHNUNGEN = {"Elterngeld", "Elterngeld ", "Kindergeld"};

    private static List<TableRow<Katalogspalte>> katalog(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(40);
        List<TableRow<Katalogspalte>> zeilen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] z = KatalogregelnTest.zelle(IDS[r.nextInt(IDS.length)], SCHLUESSEL[r.nextInt(SCHLUESSEL.length)]);
            z[Katalogspalte.LEIKA_BEZEICHNUNG.ordinal()] = BEZEICHNUNGEN[r.nextInt(BEZEICHNUNGEN.length)];
            z[Katalogspalte.SDG1.ordinal()] = r.nextBoolean() ? "1" : "0";
            zeilen.add(KatalogregelnTest.KOPF.row(2 + i, z));
        }
        return zeilen;
    }

    private static String zelle(TableRow<Katalogspalte> z, Katalogspalte s) {
        return z.rawCell(s).strip();
    }

    @Test
    void duplicatesAndRepeatedKeysAreFoundAsANaiveComparisonFindsThem() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            List<TableRow<Katalogspalte>> zeilen = katalog(seed);
            Pruefbericht bericht = KatalogregelnTest.bericht(zeilen);

            List<Long> duplikate = new ArrayList<>();
            Set<List<String>> gesehen = new HashSet<>();
            Map<String, String> erstesBuendel = new HashMap<>();
            Set<String> mehrfach = new HashSet<>();
            Map<String, TableRow<Katalogspalte>> ersteZeile = new HashMap<>();
            List<Long> doppelt = new ArrayList<>();
            for (TableRow<Katalogspalte> z : zeilen) {
                if (!gesehen.add(z.cells())) {
                    duplikate.add(z.line());
                }
                String s = zelle(z, Katalogspalte.LEIKA_SCHLUESSEL);
                if (s.equals("nicht im LeiKa")) {
                    continue;
                }
                String id = zelle(z, Katalogspalte.OZG_ID);
                String erst = erstesBuendel.putIfAbsent(s, id);
                if (erst != null && !erst.equals(id)) {
                    mehrfach.add(s + "/" + id);
                }
                TableRow<Katalogspalte> e = ersteZeile.putIfAbsent(s, z);
                if (e != null && zelle(e, Katalogspalte.OZG_ID).equals(id) && !inhalt(e).equals(inhalt(z))) {
                    doppelt.add(z.line());
                }
            }
            assertEquals(duplikate, zeilen(bericht, Katalogregeln.DUPLIKAT), bericht::toText);
            assertEquals(mehrfach.size(), bericht.befundeZuRegel(Katalogregeln.LEIKA_MEHRFACH).size(), bericht::toText);
            assertEquals(doppelt, zeilen(bericht, Katalogregeln.LEIKA_DOPPELT), bericht::toText);
        });
    }

    private static List<String> inhalt(TableRow<Katalogspalte> z) {
        return Arrays.stream(Katalogspalte.values()).skip(Katalogspalte.LEIKA_BEZEICHNUNG.ordinal())
                .map(s -> zelle(z, s)).collect(Collectors.toList());
    }

    private static List<Long> zeilen(Pruefbericht bericht, String regel) {
        return bericht.befundeZuRegel(regel).stream().map(Befund::fundstelle).map(f -> f.line().getAsLong())
                .collect(Collectors.toList());
    }
}
