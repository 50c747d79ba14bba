package de.ozg.core.validation.katalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Regelwerk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The key index that {@code KATALOG-LEIKA-MEHRFACH}, {@code KATALOG-LEIKA-DOPPELT} and the assembly
 * (and {@code KATALOG-DUPLIKAT}) share within a pass of {@link Katalogregeln#check}, against each of them with an index of its
 * own: the rules run alone ({@link Regelwerk#check(Iterable)}, where nothing is shared), and the
 * assembly with the two rules left out. Catalogues repeat keys within and across bundles, carry
 * rows the assembly skips (blank name, bad Typisierung) or the rules skip (bad OZG-ID), and pass
 * the same row object twice in a row.
 */
class SchluesselindexTest {

    private static final LocalDate STAND = LocalDate.of(2019, 12, 31);
    private static final String[] IDS = {"10000", "10001", "10002", " 10003", "1000x"};
    private static final String[] SCHLUESSEL = {"99041006000000", "99041006013000", "99050012104000",
        "99050012104000 ", "99123456789000", "nicht im LeiKa", "123"};
    private static final String[] BEZEICHNUNGEN = {"Elterngeld", "Elterngeld ", "Kindergeld", " "};
    private static final String[] TYPEN = {"2/3", "1", "", "99"};

    private static List<TableRow<Katalogspalte>> katalog(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(60);
        List<TableRow<Katalogspalte>> zeilen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] z = KatalogregelnTest.zelle(IDS[r.nextInt(IDS.length)], SCHLUESSEL[r.nextInt(SCHLUESSEL.length)]);
            z[Katalogspalte.LEIKA_BEZEICHNUNG.ordinal()] = BEZEICHNUNGEN[r.nextInt(BEZEICHNUNGEN.length)];
            z[Katalogspalte.LEIKA_TYP.ordinal()] = TYPEN[r.nextInt(TYPEN.length)];
            z[Katalogspalte.SDG1.ordinal()] = r.nextBoolean() ? "1" : "0";
            TableRow<Katalogspalte> zeile = KatalogregelnTest.KOPF.row(2 + i, z);
            zeilen.add(zeile);
            if (r.nextInt(8) == 0) {
                zeilen.add(zeile);
            }
        }
        return zeilen;
    }

    private static List<Befund> befunde(Pruefbericht bericht, String regel) {
        return bericht.befundeZuRegel(regel);
    }

    @Test
    void sharedIndexGivesWhatOwnIndexesGive() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            List<TableRow<Katalogspalte>> zeilen = katalog(seed);
            Regelwerk<TableRow<Katalogspalte>> alle = Katalogregeln.standard();
            TableResult<OzgKatalog> geteilt = Katalogregeln.check(alle, STAND).checkAll(zeilen);
            Pruefbericht allein = alle.check(zeilen);
            for (String regel : List.of(Katalogregeln.LEIKA_MEHRFACH, Katalogregeln.LEIKA_DOPPELT, Katalogregeln.DUPLIKAT)) {
                assertEquals(befunde(allein, regel), befunde(geteilt.bericht(), regel), () -> seed + " " + regel);
            }

            TableResult<OzgKatalog> ohneRegeln = Katalogregeln.check(
                    alle.without(Katalogregeln.LEIKA_MEHRFACH).without(Katalogregeln.LEIKA_DOPPELT), STAND).checkAll(zeilen);
            assertEquals(ohneRegeln.model(), geteilt.model(), () -> Long.toString(seed));
            assertEquals(ohneRegeln.model().leistungen(), geteilt.model().leistungen());
            assertEquals(ohneRegeln.uebersprungeneZeilen(), geteilt.uebersprungeneZeilen());

            // each of the three rules alone with the assembly, and each pair
            List<String> regeln = List.of(Katalogregeln.LEIKA_MEHRFACH, Katalogregeln.LEIKA_DOPPELT, Katalogregeln.DUPLIKAT);
            for (String ohne : regeln) {
                TableResult<OzgKatalog> paar = Katalogregeln.check(alle.without(ohne), STAND).checkAll(zeilen);
                Regelwerk<TableRow<Katalogspalte>> einzeln = alle;
                for (String r : regeln) {
                    if (!r.equals(ohne)) {
                        einzeln = einzeln.without(r);
                    }
                }
                TableResult<OzgKatalog> eine = Katalogregeln.check(einzeln, STAND).checkAll(zeilen);
                for (String mit : regeln) {
                    if (!mit.equals(ohne)) {
                        assertEquals(befunde(allein, mit), befunde(paar.bericht(), mit), () -> seed + " " + mit);
                    }
                }
                assertEquals(befunde(allein, ohne), befunde(eine.bericht(), ohne), () -> seed + " " + ohne);
                assertEquals(geteilt.model().leistungen(), paar.model().leistungen());
                assertEquals(geteilt.model().leistungen(), eine.model().leistungen());
            }
        });
    }

    @Test
    void passesInterleavedOnOneThreadKeepTheirOwnIndexes() {
        qt().withExamples(100).forAll(longs().all(), longs().all()).checkAssert((a, b) -> {
            List<TableRow<Katalogspalte>> erste = katalog(a);
            List<TableRow<Katalogspalte>> zweite = katalog(b);
            var p = Katalogregeln.check(Katalogregeln.standard(), STAND);
            var q = Katalogregeln.check(Katalogregeln.standard(), STAND);
            for (int i = 0; i < Math.max(erste.size(), zweite.size()); i++) {
                if (i < erste.size()) {
                    p.check(erste.get(i));
                }
                if (i < zweite.size()) {
                    q.check(zweite.get(i));
                }
            }
            TableResult<OzgKatalog> pr = p.result();
            TableResult<OzgKatalog> qr = q.result();
            TableResult<OzgKatalog> pa = Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(erste);
            TableResult<OzgKatalog> qa = Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(zweite);
            assertEquals(pa.bericht().befunde(), pr.bericht().befunde());
            assertEquals(qa.bericht().befunde(), qr.bericht().befunde());
            assertEquals(pa.model(), pr.model());
            assertEquals(qa.model(), qr.model());
        });
    }
}
