package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.aggregation.Veraenderung.Art;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of the accumulators over random rows on a random small catalogue and Gebietsverzeichnis,
 * each built from one seed: zero and merge, split independence, and a naive cell-by-cell oracle.
 */
class AggregationPropertiesTest {

    private static final Bundesland[] LAENDER = {Bundesland.SCHLESWIG_HOLSTEIN, Bundesland.HAMBURG,
        Bundesland.SACHSEN_ANHALT};
    private static final String[] TYPEN = {"1", "2/3b", "4a", "", "2/3", "5"};
    private static final Themenfeld[] THEMENFELDER = {Themenfeld.FAMILIE_KIND, Themenfeld.BAUEN_WOHNEN,
        Themenfeld.UMWELT};
    private static final List<Zaehlregel> REGELN = List.of(Zaehlregel.DASHBOARD_ONLINE, Zaehlregel.OZG_KONFORM,
            Zaehlregel.FLAECHENDECKEND,
            Zaehlregel.DASHBOARD_ONLINE.withKombination(Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD),
            Zaehlregel.FLAECHENDECKEND.withInaktiveZaehlen(true).withNichtOkZaehlen(true)
                    .withFlaechendeckungsanteil(0.5).withOhneTypisierungRelevant(false));

    /** A random setup and rows over it. */
    private static final class Welt {
        final OzgKatalog katalog;
        final Gebietsverzeichnis verzeichnis;
        final Zaehlregel regel;
        final List<Leistungsschluessel> schluessel = new ArrayList<>();
        final List<Ars> orte = new ArrayList<>();
        final Random random;

        Welt(long seed) {
            random = new Random(seed);
            List<Gebiet> gebiete = new ArrayList<>();
            for (Bundesland land : LAENDER) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                Ars l = Ars.of(land);
                gebiete.add(Gebiet.of(l, ArsEbene.LAND, land.bezeichnung()));
                orte.add(l);
                int kreise = 1 + random.nextInt(3);
                for (int k = 1; k <= kreise; k++) {
                    Ars kreis = Ars.of(l.longValue() + k * 10_000_000L);
                    gebiete.add(Gebiet.of(kreis, ArsEbene.KREIS, "Kreis " + kreis));
                    orte.add(kreis);
                    int gemeinden = 1 + random.nextInt(4);
                    for (int g = 1; g <= gemeinden; g++) {
                        Ars gemeinde = Ars.of(kreis.longValue() + g);
                        gebiete.add(Gebiet.of(gemeinde, ArsEbene.GEMEINDE, "Gemeinde " + gemeinde));
                        orte.add(gemeinde);
                    }
                }
            }
            orte.add(Ars.BUND);
            orte.add(Ars.parse("160010000001"));
            verzeichnis = Gebietsverzeichnis.of(LocalDate.of(2020, 12, 31), gebiete);
            List<OzgLeistung> buendel = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            int nr = 1;
            for (int b = 0; b < n; b++) {
                List<LeikaLeistung> leistungen = new ArrayList<>();
                int m = 1 + random.nextInt(3);
                for (int i = 0; i < m; i++) {
                    Leistungsschluessel k = Fixtur.schluessel(nr++);
                    schluessel.add(k);
                    leistungen.add(Fixtur.leika(k, "Leistung " + k, TYPEN[random.nextInt(TYPEN.length)]));
                }
                buendel.add(Fixtur.buendel(10000 + b, "Bündel " + b, THEMENFELDER[random.nextInt(THEMENFELDER.length)],
                        leistungen.toArray(new LeikaLeistung[0])));
            }
            katalog = OzgKatalog.of(LocalDate.of(2024, 1, 1), buendel);
            regel = REGELN.get(random.nextInt(REGELN.size()));
        }

        List<Umsetzungsstand> zeilen(int max, LocalDate tag) {
            int n = random.nextInt(max + 1);
            List<Umsetzungsstand> r = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Leistungsschluessel k = random.nextInt(12) == 0 ? Fixtur.UNBEKANNT
                        : schluessel.get(random.nextInt(schluessel.size()));
                Umsetzungsstand.Builder b = Umsetzungsstand.builder().schluessel(k)
                        .ars(orte.get(random.nextInt(orte.size()))).stichtag(tag)
                        .aktiv(random.nextInt(10) != 0).online(random.nextInt(4) != 0);
                int rg = random.nextInt(20);
                if (rg < 13) {
                    b.reifegrad(Reifegrad.of(ReifegradModell.V1, rg % 5));
                } else if (rg < 15) {
                    b.reifegrad(Reifegrad.of(ReifegradModell.V2, rg % 8));
                }
                r.add(b.build());
            }
            return r;
        }

        Umsetzungsmatrix leer() {
            return Umsetzungsmatrix.zero(katalog, verzeichnis, regel);
        }

        Umsetzungsbild bild(List<Umsetzungsstand> zeilen) {
            return leer().addAll(zeilen).result();
        }
    }

    @Test
    void theZeroIsAnIdentityAndMergeIsAssociative() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Welt w = new Welt(seed);
            List<Umsetzungsstand> a = w.zeilen(20, Fixtur.STICHTAG);
            List<Umsetzungsstand> b = w.zeilen(20, Fixtur.STICHTAG);
            List<Umsetzungsstand> c = w.zeilen(20, Fixtur.STICHTAG);
            Umsetzungsbild nurA = w.bild(a);
            assertEquals(nurA, w.leer().addAll(a).merge(w.leer()).result());
            assertEquals(nurA, w.leer().merge(w.leer().addAll(a)).result());
            Umsetzungsbild links = w.leer().addAll(a).merge(w.leer().addAll(b)).merge(w.leer().addAll(c)).result();
            Umsetzungsbild rechts = w.leer().addAll(a).merge(w.leer().addAll(b).merge(w.leer().addAll(c))).result();
            assertEquals(links, rechts);
            List<Umsetzungsstand> alle = new ArrayList<>(a);
            alle.addAll(b);
            alle.addAll(c);
            assertEquals(w.bild(alle), links);
            assertEquals(w.bild(alle).proLand(), links.proLand());
        });
    }

    @Test
    void rowsPlacedInBatchesGiveWhatRowsPlacedOneByOneGive() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Welt w = new Welt(seed);
            List<Umsetzungsstand> zeilen = new ArrayList<>(w.zeilen(3000, Fixtur.STICHTAG));
            // sorted by key as files are: a key's run of rows fills several of the matrix's batches
            zeilen.sort(Comparator.comparingLong(z -> z.schluessel().longValue()));
            Umsetzungsmatrix vorlage = w.leer();
            Umsetzungsmatrix einzeln = vorlage.zeroLike();
            for (Umsetzungsstand z : zeilen) {
                einzeln.merge(vorlage.zeroLike().addAll(List.of(z)));
            }
            Umsetzungsbild gesammelt = vorlage.zeroLike().addAll(zeilen).result();
            assertEquals(einzeln.result(), gesammelt);
            assertEquals(einzeln.result().zeilenbilanz(), gesammelt.zeilenbilanz());
        });
    }

    @Test
    void aDirectoryWithoutGemeindenPlacesNoRow() {
        Gebietsverzeichnis ohne = Gebietsverzeichnis.of(LocalDate.of(2020, 12, 31),
                List.of(Gebiet.of(Fixtur.SH, ArsEbene.LAND, "Schleswig-Holstein")));
        Umsetzungsbild b = Umsetzungsmatrix.zero(Fixtur.katalog(), ohne, Zaehlregel.DASHBOARD_ONLINE)
                .addAll(List.of(Fixtur.zeile(Fixtur.A, Fixtur.SH, 3), Fixtur.ohneReifegrad(Fixtur.B, Fixtur.BUND, true),
                        Fixtur.zeile(Fixtur.A, Fixtur.FLENSBURG, 2)))
                .result();
        assertEquals(3, b.zeilenbilanz().nichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT).zeilen());
        assertEquals(0, b.zeilenbilanz().online());
    }

    @Test
    void sequentialParallelAndShuffledRunsAgree() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Welt w = new Welt(seed);
            List<Umsetzungsstand> zeilen = w.zeilen(200, Fixtur.STICHTAG);
            Umsetzungsbild sequentiell = zeilen.stream()
                    .collect(Umsetzungsmatrix.collector(w.katalog, w.verzeichnis, w.regel));
            Umsetzungsbild parallel = zeilen.parallelStream()
                    .collect(Umsetzungsmatrix.collector(w.katalog, w.verzeichnis, w.regel));
            assertEquals(sequentiell, parallel);
            assertEquals(sequentiell.toTabelle(Umsetzungsbild.Gliederung.LAND),
                    parallel.toTabelle(Umsetzungsbild.Gliederung.LAND));
            assertEquals(sequentiell.zeilenbilanz(), parallel.zeilenbilanz());
            List<Umsetzungsstand> gemischt = new ArrayList<>(zeilen);
            Collections.shuffle(gemischt, new Random(seed));
            assertEquals(sequentiell, w.bild(gemischt));
            assertEquals(Schnappschuss.of(zeilen), zeilen.parallelStream().collect(Schnappschuss.collector()));
            assertEquals(Schnappschuss.of(zeilen), Schnappschuss.of(gemischt));
        });
    }

    @Test
    void everyRowIsAccountedForAndCellsMatchANaiveCount() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Welt w = new Welt(seed);
            List<Umsetzungsstand> zeilen = w.zeilen(60, Fixtur.STICHTAG);
            Umsetzungsbild b = w.bild(zeilen);
            Zeilenbilanz z = b.zeilenbilanz();
            assertEquals(zeilen.size(), z.gesamt());
            assertEquals(z.gesamt(), z.online() + z.offline() + z.inaktiv() + z.nichtOk() + z.nichtZugeordnetGesamt());
            boolean schlechtester = w.regel.kombination() == Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD;
            List<Gebiet> gemeinden = w.verzeichnis.gemeinden();
            int online = 0;
            for (Leistungsschluessel k : w.schluessel) {
                boolean relevant = relevant(w, k);
                boolean irgendwo = false;
                for (Bundesland land : Bundesland.values()) {
                    int naiv = 0;
                    for (Gebiet g : gemeinden) {
                        if (g.ars().landNummer() != land.nummer()) {
                            continue;
                        }
                        boolean erfuellt = false;
                        boolean verfehlt = false;
                        for (Umsetzungsstand r : zeilen) {
                            if (r.schluessel().equals(k) && r.ars().covers(g.ars())) {
                                int klasse = w.regel.bewerte(r);
                                erfuellt |= klasse == Zaehlregel.ONLINE;
                                verfehlt |= klasse == Zaehlregel.OFFLINE;
                            }
                        }
                        if (erfuellt && !(schlechtester && verfehlt)) {
                            naiv++;
                        }
                    }
                    irgendwo |= naiv > 0;
                    Flaechendeckungswert wert = b.flaechendeckung(k, Ars.of(land)).orElseThrow();
                    assertEquals(relevant ? w.verzeichnis.gemeindenUnter(Ars.of(land)).size() : 0,
                            wert.relevanteGemeinden());
                    int erwartet = relevant ? naiv : 0;
                    assertEquals(erwartet, wert.abgedeckteGemeinden(),
                            () -> k + " in " + land + " under " + w.regel + ": " + zeilen + " over "
                                    + w.verzeichnis.gemeinden().stream().map(g -> g.ars().toString()).toList());
                }
                online += irgendwo ? 1 : 0;
            }
            assertEquals(online, b.gesamt().leikaOnline());
            Kennzahlen gesamt = b.gesamt();
            assertTrue(gesamt.leikaFlaechendeckend() <= gesamt.leikaRelevant());
            assertTrue(gesamt.ozgLeistungenOnline() <= gesamt.ozgLeistungen());
            assertEquals(gesamt.leikaGemeldet(), gesamt.verteilung().summe());
        });
    }

    @Test
    void theDiffOfASnapshotWithItselfIsEmpty() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Welt w = new Welt(seed);
            Schnappschuss s = Schnappschuss.of(w.zeilen(80, Fixtur.STICHTAG));
            Stichtagsdiff d = Stichtagsvergleich.of(w.regel).compare(s, s);
            assertTrue(d.isEmpty(), d::toString);
            assertEquals(List.of(), d.beispiele());
            assertEquals(0, d.zeilenaenderung());
            assertEquals(s.anzahlOnline(w.regel), d.onlineNeu());
        });
    }

    @Test
    void applyingTheChangesToTheOldSnapshotGivesTheNewOne() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Welt w = new Welt(seed);
            Schnappschuss alt = Schnappschuss.of(w.zeilen(60, Fixtur.STICHTAG));
            Schnappschuss neu = Schnappschuss.of(w.zeilen(60, Fixtur.STICHTAG.plusMonths(1)));
            Stichtagsvergleich vergleich = Stichtagsvergleich.of(w.regel);
            List<Veraenderung> aenderungen = new ArrayList<>();
            Stichtagsdiff d = vergleich.compare(alt, neu, aenderungen::add);

            Map<String, Veraenderung.Zustand> stand = zustaende(vergleich, alt);
            for (Veraenderung v : aenderungen) {
                String schluessel = v.schluessel() + "@" + v.ars();
                if (v.nachher().isPresent()) {
                    stand.put(schluessel, v.nachher().get());
                } else {
                    stand.remove(schluessel);
                }
            }
            assertEquals(zustaende(vergleich, neu), stand);

            assertEquals(alt.anzahlOnline(w.regel), d.onlineAlt());
            assertEquals(neu.anzahlOnline(w.regel), d.onlineNeu());
            assertEquals(d.onlineNeu(), d.onlineAlt() + d.anzahl(Art.ONLINE_GEGANGEN) - d.anzahl(Art.OFFLINE_GEGANGEN)
                    + d.neuOnline() - d.entfallenOnline());
            assertEquals(d.eintraegeNeu(), d.eintraegeAlt() + d.anzahl(Art.NEU) - d.anzahl(Art.ENTFALLEN));
            assertEquals(neu.eintraege(), d.eintraegeNeu());
        });
    }

    /** Whether the rule gives the Gemeinden a part in the key's service, decided from scratch. */
    private static boolean relevant(Welt w, Leistungsschluessel k) {
        if (!w.regel.isNurKommunalerVollzug()) {
            return true;
        }
        List<Typisierung> typen = w.katalog.leistungenMit(k).stream()
                .flatMap(l -> l.leistungen().stream()).filter(l -> l.schluessel().equals(Optional.of(k)))
                .flatMap(l -> l.typisierung().stream()).toList();
        return typen.isEmpty() ? w.regel.isOhneTypisierungRelevant()
                : typen.stream().anyMatch(Typisierung::isKommunalerVollzug);
    }

    /** The state of every key × ARS of a snapshot, read as the changes from an empty snapshot. */
    private static Map<String, Veraenderung.Zustand> zustaende(Stichtagsvergleich v, Schnappschuss s) {
        Map<String, Veraenderung.Zustand> r = new HashMap<>();
        v.compare(Schnappschuss.of(List.of()), s, x -> r.put(x.schluessel() + "@" + x.ars(), x.nachher().get()));
        return r;
    }
}
