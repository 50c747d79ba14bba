package de.ozg.core.validation.katalog;

import static de.ozg.core.validation.katalog.KatalogregelnTest.KOPF;
import static de.ozg.core.validation.katalog.KatalogregelnTest.STAND;
import static de.ozg.core.validation.katalog.KatalogregelnTest.mit;
import static de.ozg.core.validation.katalog.KatalogregelnTest.zelle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableCheck;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The per-row memo the catalogue rules share (one per thread, reached by each check without a
 * thread-local lookup per row): passes that interleave on one thread, run at the same time on
 * several threads over the very same row objects, or move between threads mid-pass must each see
 * their own rows and report exactly what a pass alone reports.
 */
class ZellenTest {

    /** Rows that make almost every rule speak, repeated so that rows of other passes come between. */
    private static List<TableRow<Katalogspalte>> gemischt() {
        List<String[]> z = new ArrayList<>();
        for (int b = 0; b < 6; b++) {
            String id = Integer.toString(10000 + b);
            for (int i = 0; i < 8; i++) {
                String schluessel = String.format("990410%02d%03d000", b, i + 1);
                z.add(zelle(id, schluessel));
            }
            z.add(zelle(" " + id, String.format("990410%02d%03d000", b, 20)));
            z.add(zelle(id, "nicht im LeiKa"));
            z.add(mit(zelle(id, String.format("990410%02d%03d000", b, 21)), Katalogspalte.LEIKA_TYP, "2, 99"));
            z.add(mit(zelle(id, String.format("990410%02d%03d000", b, 22)), Katalogspalte.LEIKA_TYP, " "));
            z.add(mit(zelle(id, "0104100600" + b + "000"), Katalogspalte.THEMENFELD, "familie & kind"));
            z.add(mit(zelle(id, String.format("990410%02d%03d000", b, 1)), Katalogspalte.LEIKA_BEZEICHNUNG, "anders"));
            z.add(mit(zelle(id, "99 0410 0600 " + b + "000"), Katalogspalte.SDG2, "x"));
            z.add(zelle(id, String.format(" 990410%02d%03d000", b, 23)));
            z.add(mit(zelle("1000O", "99041006999000"), Katalogspalte.LEBENSLAGE, " Geburt "));
            z.add(zelle(id, String.format("990410%02d%03d000", (b + 1) % 6, 2)));
            z.add(zelle(id, String.format("990410%02d%03d000", b, 3)));
        }
        List<TableRow<Katalogspalte>> rows = new ArrayList<>();
        long line = 2;
        for (String[] cells : z) {
            rows.add(KOPF.row(line++, cells));
        }
        return rows;
    }

    private static TableResult<OzgKatalog> allein(List<TableRow<Katalogspalte>> rows) {
        return Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(rows);
    }

    private static Map<String, Integer> jeRegel(TableResult<OzgKatalog> r) {
        Map<String, Integer> n = new TreeMap<>();
        r.bericht().befunde().forEach(b -> n.merge(b.regelId(), 1, Integer::sum));
        return n;
    }

    private static void assertGleich(TableResult<OzgKatalog> erwartet, TableResult<OzgKatalog> ist) {
        assertEquals(erwartet.bericht().befunde(), ist.bericht().befunde());
        assertEquals(erwartet.model(), ist.model());
        assertEquals(erwartet.uebersprungeneZeilen(), ist.uebersprungeneZeilen());
    }

    @Test
    void dieZeilenSprechenVieleRegelnAn() {
        Map<String, Integer> n = jeRegel(allein(gemischt()));
        for (String id : List.of(Katalogregeln.OZG_ID_BEREINIGT, Katalogregeln.OZG_ID_FORMAT,
                Katalogregeln.LEIKA_BEREINIGT, Katalogregeln.LEIKA_PLATZHALTER, Katalogregeln.LEIKA_REGIONAL,
                Katalogregeln.TYPISIERUNG_UNBEKANNT, Katalogregeln.TYPISIERUNG_LEER, Katalogregeln.SDG_FORMAT,
                Katalogregeln.THEMENFELD_SCHREIBWEISE, Katalogregeln.LEIKA_MEHRFACH, Katalogregeln.LEIKA_DOPPELT,
                Katalogregeln.DUPLIKAT, Katalogregeln.LEERZEICHEN)) {
            assertTrue(n.containsKey(id), id + " in " + n);
        }
    }

    @Test
    void zweiPaesseImWechselAufEinemThread() {
        List<TableRow<Katalogspalte>> rows = gemischt();
        List<TableRow<Katalogspalte>> andere = new ArrayList<>(rows);
        java.util.Collections.reverse(andere);
        TableCheck<Katalogspalte, OzgKatalog> a = Katalogregeln.check(Katalogregeln.standard(), STAND);
        TableCheck<Katalogspalte, OzgKatalog> b = Katalogregeln.check(Katalogregeln.standard(), STAND);
        for (int i = 0; i < rows.size(); i++) {
            a.check(rows.get(i));
            b.check(andere.get(i));
        }
        assertGleich(allein(rows), a.result());
        assertGleich(allein(andere), b.result());
    }

    @Test
    void gleichzeitigAufDenselbenZeilen() throws Exception {
        List<TableRow<Katalogspalte>> rows = gemischt();
        TableResult<OzgKatalog> erwartet = allein(rows);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TableResult<OzgKatalog>>> ergebnisse = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ergebnisse.add(pool.submit(() -> allein(rows)));
            }
            for (Future<TableResult<OzgKatalog>> f : ergebnisse) {
                assertGleich(erwartet, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void einPassWechseltDenThreadWaehrendDerAndereWeiterprueft() throws Exception {
        List<TableRow<Katalogspalte>> rows = gemischt();
        List<TableRow<Katalogspalte>> andere = gemischt();
        TableResult<OzgKatalog> erwartetAndere = allein(andere);
        TableCheck<Katalogspalte, OzgKatalog> pass = Katalogregeln.check(Katalogregeln.standard(), STAND);
        ExecutorService eins = Executors.newSingleThreadExecutor();
        ExecutorService zwei = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < rows.size(); i++) {
                TableRow<Katalogspalte> row = rows.get(i);
                ExecutorService hier = i % 2 == 0 ? eins : zwei;
                ExecutorService dort = i % 2 == 0 ? zwei : eins;
                // the thread the pass just left keeps checking other rows while the pass goes on
                AtomicBoolean fertig = new AtomicBoolean();
                CountDownLatch laeuft = new CountDownLatch(1);
                Future<?> nebenher = dort.submit(() -> {
                    laeuft.countDown();
                    do {
                        assertGleich(erwartetAndere, allein(andere));
                    } while (!fertig.get());
                    return null;
                });
                laeuft.await();
                hier.submit(() -> pass.check(row)).get();
                fertig.set(true);
                nebenher.get();
            }
        } finally {
            eins.shutdownNow();
            zwei.shutdownNow();
        }
        assertGleich(allein(rows), pass.result());
    }
}
