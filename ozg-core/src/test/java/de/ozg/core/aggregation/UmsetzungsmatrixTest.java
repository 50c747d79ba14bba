package de.ozg.core.aggregation;

import static de.ozg.core.aggregation.Fixtur.A;
import static de.ozg.core.aggregation.Fixtur.B;
import static de.ozg.core.aggregation.Fixtur.BUND;
import static de.ozg.core.aggregation.Fixtur.C;
import static de.ozg.core.aggregation.Fixtur.D;
import static de.ozg.core.aggregation.Fixtur.E;
import static de.ozg.core.aggregation.Fixtur.FLENSBURG;
import static de.ozg.core.aggregation.Fixtur.KREIS_01002;
import static de.ozg.core.aggregation.Fixtur.KREIS_15001;
import static de.ozg.core.aggregation.Fixtur.KREIS_15002;
import static de.ozg.core.aggregation.Fixtur.SH;
import static de.ozg.core.aggregation.Fixtur.ST;
import static de.ozg.core.aggregation.Fixtur.THUERINGEN;
import static de.ozg.core.aggregation.Fixtur.UNBEKANNT;
import static de.ozg.core.aggregation.Fixtur.gemeinde01002;
import static de.ozg.core.aggregation.Fixtur.gemeinde15001;
import static de.ozg.core.aggregation.Fixtur.gemeinde15002;
import static de.ozg.core.aggregation.Fixtur.ohneReifegrad;
import static de.ozg.core.aggregation.Fixtur.zeile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UmsetzungsmatrixTest {

    private static final OzgKatalog KATALOG = Fixtur.katalog();
    private static final Gebietsverzeichnis VERZEICHNIS = Fixtur.verzeichnis();

    private static Umsetzungsbild bild(Zaehlregel regel, List<Umsetzungsstand> zeilen) {
        return Umsetzungsmatrix.zero(KATALOG, VERZEICHNIS, regel).addAll(zeilen).result();
    }

    private static Flaechendeckungswert fd(Umsetzungsbild b, Leistungsschluessel k, Ars ars) {
        return b.flaechendeckung(k, ars).orElseThrow();
    }

    private static List<Long> stufen(long... n) {
        List<Long> r = new ArrayList<>();
        for (long x : n) {
            r.add(x);
        }
        return r;
    }

    @Test
    void ninetyNineOfAHundredGemeindenIsNotFlaechendeckend() {
        List<Umsetzungsstand> zeilen = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            zeilen.add(zeile(A, gemeinde15001(i), 2));
        }
        Umsetzungsbild b = bild(Zaehlregel.FLAECHENDECKEND, zeilen);
        Flaechendeckungswert w = fd(b, A, KREIS_15001);
        assertEquals(100, w.relevanteGemeinden());
        assertEquals(99, w.abgedeckteGemeinden());
        assertFalse(w.flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), w.klasse());
        assertEquals(0, b.anzahlFlaechendeckend(KREIS_15001));

        zeilen.add(zeile(A, gemeinde15001(100), 2));
        Umsetzungsbild voll = bild(Zaehlregel.FLAECHENDECKEND, zeilen);
        assertTrue(fd(voll, A, KREIS_15001).flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.KREISWEIT), fd(voll, A, KREIS_15001).klasse());
        assertEquals(Optional.of(Flaechendeckung.KREISWEIT), fd(voll, A, gemeinde15001(7)).klasse());
        assertEquals(1, voll.anzahlFlaechendeckend(KREIS_15001));
        assertFalse(fd(voll, A, ST).flaechendeckend(), "100 of 103 Gemeinden of the Land");

        Umsetzungsbild neunundneunzig = bild(Zaehlregel.FLAECHENDECKEND.withFlaechendeckungsanteil(0.99),
                zeilen.subList(0, 99));
        assertTrue(fd(neunundneunzig, A, KREIS_15001).flaechendeckend());
    }

    @Test
    void aKreisRowCoversEveryGemeindeOfTheKreis() {
        Umsetzungsbild b = bild(Zaehlregel.FLAECHENDECKEND, List.of(zeile(A, KREIS_15002, 3)));
        Flaechendeckungswert kreis = fd(b, A, KREIS_15002);
        assertEquals(3, kreis.relevanteGemeinden());
        assertEquals(3, kreis.abgedeckteGemeinden());
        assertEquals(Optional.of(Flaechendeckung.KREISWEIT), kreis.klasse());
        assertEquals(Optional.of(Flaechendeckung.KREISWEIT), fd(b, A, gemeinde15002(2)).klasse());
        Flaechendeckungswert land = fd(b, A, ST);
        assertEquals(103, land.relevanteGemeinden());
        assertEquals(3, land.abgedeckteGemeinden());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), land.klasse());
        assertEquals(Optional.empty(), fd(b, A, KREIS_15001).klasse(), "not available in the other Kreis");
        assertEquals(0, fd(b, A, KREIS_15001).abgedeckteGemeinden());
    }

    @Test
    void aLandRowAndABundRowCoverAllTheirGemeinden() {
        Umsetzungsbild b = bild(Zaehlregel.DASHBOARD_ONLINE, List.of(zeile(C, ST, 2), zeile(E, BUND, 4)));
        assertEquals(Optional.of(Flaechendeckung.LANDESWEIT), fd(b, C, ST).klasse());
        assertEquals(Optional.of(Flaechendeckung.LANDESWEIT), fd(b, C, KREIS_15001).klasse());
        assertEquals(103, fd(b, C, ST).abgedeckteGemeinden());
        assertEquals(Optional.empty(), fd(b, C, SH).klasse());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), fd(b, C, BUND).klasse());
        assertEquals(Optional.of(Flaechendeckung.BUNDESWEIT), fd(b, E, FLENSBURG).klasse());
        assertEquals(106, fd(b, E, BUND).abgedeckteGemeinden());
        Map<Bundesland, Kennzahlen> land = b.proLand();
        assertEquals(2, land.get(Bundesland.SACHSEN_ANHALT).leikaFlaechendeckend());
        assertEquals(1, land.get(Bundesland.SCHLESWIG_HOLSTEIN).leikaFlaechendeckend());
        assertEquals(1, b.gesamt().leikaFlaechendeckend());

        Umsetzungsbild typisiert = bild(Zaehlregel.FLAECHENDECKEND, List.of(zeile(C, ST, 2), zeile(E, BUND, 4)));
        Flaechendeckungswert bund = fd(typisiert, E, BUND);
        assertEquals(Optional.of(Flaechendeckung.NICHT_BERUECKSICHTIGT), bund.klasse(),
                "Typ 1 gives the Gemeinden no part in it");
        assertEquals(0, bund.relevanteGemeinden());
        assertEquals(2, typisiert.gesamt().leikaOnline(), "online counts do not depend on the Typisierung");
        assertEquals(1, typisiert.proLand().get(Bundesland.SACHSEN_ANHALT).leikaFlaechendeckend());
    }

    @Test
    void unknownKeysAndArsAndOtherModelsAreCountedNotDropped() {
        List<Umsetzungsstand> zeilen = List.of(
                zeile(UNBEKANNT, gemeinde15001(1), 3),
                zeile(UNBEKANNT, THUERINGEN, 3),
                zeile(A, THUERINGEN, 3),
                zeile(A, Ars.parse("150030000000"), 3),
                Umsetzungsstand.builder().schluessel(B).ars(ST).stichtag(Fixtur.STICHTAG).online(true)
                        .reifegrad(Reifegrad.of(ReifegradModell.V2, 5)).build(),
                zeile(A, gemeinde15001(1), 3));
        Umsetzungsbild b = bild(Zaehlregel.DASHBOARD_ONLINE, zeilen);
        Zeilenbilanz z = b.zeilenbilanz();
        assertEquals(6, z.gesamt());
        assertEquals(1, z.online());
        NichtZugeordnet schluessel = z.nichtZugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT);
        assertEquals(2, schluessel.zeilen());
        assertEquals(List.of(UNBEKANNT.toString()), schluessel.beispiele());
        NichtZugeordnet ars = z.nichtZugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT);
        assertEquals(2, ars.zeilen());
        assertEquals(List.of("150030000000", "160000000000"), ars.beispiele());
        NichtZugeordnet modell = z.nichtZugeordnet(NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL);
        assertEquals(1, modell.zeilen());
        assertEquals(List.of(B.toString()), modell.beispiele());
        assertEquals(5, z.nichtZugeordnetGesamt());
        assertEquals(z.gesamt(), z.online() + z.offline() + z.inaktiv() + z.nichtOk() + z.nichtZugeordnetGesamt());
        assertEquals(1, b.gesamt().leikaGemeldet(), "only the assigned row of A reports anything");
        assertTrue(z.toTabelle().toText().contains("150030000000, 160000000000"));
    }

    @Test
    void theBestReifegradOfAKeyCountsUnlessTheRuleSaysWorst() {
        List<Umsetzungsstand> zeilen = List.of(zeile(A, gemeinde15001(5), 1), zeile(A, gemeinde15001(5), 3));
        Umsetzungsbild dashboard = bild(Zaehlregel.DASHBOARD_ONLINE, zeilen);
        assertEquals(1, dashboard.gesamt().leikaOnline());
        assertEquals(stufen(0, 0, 0, 1, 0), dashboard.gesamt().verteilung().proStufe());
        assertEquals(1, bild(Zaehlregel.OZG_KONFORM, zeilen).gesamt().leikaOnline());

        Zaehlregel schlechtester = Zaehlregel.DASHBOARD_ONLINE.withKombination(Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD);
        Umsetzungsbild streng = bild(schlechtester, zeilen);
        assertEquals(0, streng.gesamt().leikaOnline());
        assertEquals(stufen(0, 1, 0, 0, 0), streng.gesamt().verteilung().proStufe());

        Umsetzungsbild kreisUndGemeinde = bild(Zaehlregel.DASHBOARD_ONLINE,
                List.of(zeile(A, KREIS_15002, 1), zeile(A, gemeinde15002(2), 2)));
        assertEquals(1, fd(kreisUndGemeinde, A, KREIS_15002).abgedeckteGemeinden(),
                "the Gemeinde's own service is better than the Kreis's");
    }

    @Test
    void inactiveAndNotOkRowsFollowTheRule() {
        Umsetzungsstand inaktiv = zeile(A, gemeinde15001(1), 4).toBuilder().aktiv(false).build();
        Umsetzungsstand nichtOk = zeile(B, gemeinde15001(1), 3).toBuilder().online(false).build();
        List<Umsetzungsstand> zeilen = List.of(inaktiv, nichtOk);

        Umsetzungsbild standard = bild(Zaehlregel.DASHBOARD_ONLINE, zeilen);
        assertEquals(0, standard.gesamt().leikaOnline());
        assertEquals(0, standard.gesamt().leikaGemeldet());
        assertEquals(1, standard.zeilenbilanz().inaktiv());
        assertEquals(1, standard.zeilenbilanz().nichtOk());

        Umsetzungsbild mitInaktiven = bild(Zaehlregel.DASHBOARD_ONLINE.withInaktiveZaehlen(true), zeilen);
        assertEquals(1, mitInaktiven.gesamt().leikaOnline());
        assertEquals(1, mitInaktiven.zeilenbilanz().online());

        Umsetzungsbild mitNichtOk = bild(Zaehlregel.DASHBOARD_ONLINE.withNichtOkZaehlen(true), zeilen);
        assertEquals(1, mitNichtOk.gesamt().leikaOnline(), "B has level 3 although not reachable");

        Umsetzungsbild ohneStufe = bild(Zaehlregel.DASHBOARD_ONLINE,
                List.of(ohneReifegrad(A, FLENSBURG, true), ohneReifegrad(B, FLENSBURG, false)
                        .toBuilder().build()));
        assertEquals(1, ohneStufe.gesamt().leikaOnline());
        assertEquals(1, ohneStufe.gesamt().verteilung().ohneReifegrad());
        assertEquals(0, bild(Zaehlregel.OZG_KONFORM, List.of(ohneReifegrad(A, FLENSBURG, true)))
                .gesamt().leikaOnline(), "reachability does not prove level 3");
        assertEquals(0, bild(Zaehlregel.DASHBOARD_ONLINE.withOhneReifegrad(Zaehlregel.OhneReifegrad.NICHT_GEZAEHLT),
                List.of(ohneReifegrad(A, FLENSBURG, true))).gesamt().leikaOnline());
    }

    /** The scenario of the class comment of {@link Fixtur}, figures computed by hand. */
    private static List<Umsetzungsstand> szenario() {
        return List.of(zeile(A, gemeinde15001(1), 2), zeile(B, ST, 3), zeile(C, gemeinde01002(1), 1),
                ohneReifegrad(D, FLENSBURG, true));
    }

    @Test
    void figuresPerLandThemenfeldAndOzgLeistung() {
        Umsetzungsbild b = bild(Zaehlregel.DASHBOARD_ONLINE, szenario());
        ReifegradModell v1 = ReifegradModell.V1;
        assertEquals(new Kennzahlen("DE", "Deutschland", 5, 4, 3, 5, 0, 4, 2,
                new Reifegradverteilung(v1, stufen(0, 1, 1, 1, 0), 1), 105, 530), b.gesamt());

        Map<Bundesland, Kennzahlen> land = b.proLand();
        assertEquals(List.of(Bundesland.values()), List.copyOf(land.keySet()));
        assertEquals(new Kennzahlen("15", Bundesland.SACHSEN_ANHALT.bezeichnung(), 5, 2, 2, 5, 1, 4, 1,
                new Reifegradverteilung(v1, stufen(0, 0, 1, 1, 0), 0), 104, 515), land.get(Bundesland.SACHSEN_ANHALT));
        assertEquals(new Kennzahlen("01", Bundesland.SCHLESWIG_HOLSTEIN.bezeichnung(), 5, 2, 1, 5, 0, 4, 1,
                new Reifegradverteilung(v1, stufen(0, 1, 0, 0, 0), 1), 1, 15), land.get(Bundesland.SCHLESWIG_HOLSTEIN));
        Kennzahlen bayern = land.get(Bundesland.BAYERN);
        assertEquals(0, bayern.leikaRelevant());
        assertEquals(0, bayern.relevanteZellen());

        Map<Themenfeld, Kennzahlen> tf = b.proThemenfeld();
        assertEquals(List.of(Themenfeld.BAUEN_WOHNEN, Themenfeld.FAMILIE_KIND, Themenfeld.STEUERN_ZOLL),
                List.copyOf(tf.keySet()));
        assertEquals(new Kennzahlen("6", Themenfeld.FAMILIE_KIND.bezeichnung(), 2, 2, 2, 2, 0, 1, 1,
                new Reifegradverteilung(v1, stufen(0, 0, 1, 1, 0), 0), 104, 212), tf.get(Themenfeld.FAMILIE_KIND));
        assertEquals(new Kennzahlen("2", Themenfeld.BAUEN_WOHNEN.bezeichnung(), 2, 2, 1, 2, 0, 2, 1,
                new Reifegradverteilung(v1, stufen(0, 1, 0, 0, 0), 1), 1, 212), tf.get(Themenfeld.BAUEN_WOHNEN));
        assertEquals(new Kennzahlen("12", Themenfeld.STEUERN_ZOLL.bezeichnung(), 1, 0, 0, 1, 0, 1, 0,
                new Reifegradverteilung(v1, stufen(0, 0, 0, 0, 0), 0), 0, 106), tf.get(Themenfeld.STEUERN_ZOLL));

        assertEquals(List.of(OzgId.of(10000), OzgId.of(10001), OzgId.of(10002), OzgId.of(10003)),
                List.copyOf(b.proOzgLeistung().keySet()));
        assertEquals(tf.get(Themenfeld.FAMILIE_KIND).leikaOnline(), b.ozgLeistung(OzgId.of(10000)).orElseThrow()
                .leikaOnline());
        Kennzahlen bauantrag = b.proOzgLeistung().get(OzgId.of(10002));
        assertEquals(1, bauantrag.ozgLeistungenOnline());
        assertEquals(1, bauantrag.verteilung().ohneReifegrad());
        assertEquals(1, b.proOzgLeistung().get(OzgId.of(10000)).verteilung()
                .anzahlMindestens(Reifegrad.of(v1, 3)));
        assertEquals(Optional.empty(), b.ozgLeistung(OzgId.of(10999)));
    }

    @Test
    void theTypisierungRestrictsTheDenominatorUnderFlaechendeckend() {
        Umsetzungsbild b = bild(Zaehlregel.FLAECHENDECKEND, szenario());
        Kennzahlen st = b.proLand().get(Bundesland.SACHSEN_ANHALT);
        assertEquals(3, st.leikaRelevant(), "A (2/3b), C (2/3), D (none); not B (4a), E (1)");
        assertEquals(0, st.leikaFlaechendeckend(), "B covers the Land but is not the Gemeinden's");
        assertEquals(2, st.leikaOnline(), "online counts do not depend on the Typisierung");
        assertEquals(1, st.abgedeckteZellen());
        assertEquals(309, st.relevanteZellen());
        assertEquals(Optional.of(Flaechendeckung.NICHT_BERUECKSICHTIGT), fd(b, B, ST).klasse());

        Umsetzungsbild ohneTyp = bild(Zaehlregel.FLAECHENDECKEND.withOhneTypisierungRelevant(false), szenario());
        assertEquals(2, ohneTyp.proLand().get(Bundesland.SACHSEN_ANHALT).leikaRelevant());
        assertEquals(Optional.of(Flaechendeckung.NICHT_BERUECKSICHTIGT), fd(ohneTyp, D, FLENSBURG).klasse());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), fd(b, D, SH).klasse());
    }

    @Test
    void flaechendeckungPerLevelIsOrderedByKeyThenArs() {
        Umsetzungsbild b = bild(Zaehlregel.DASHBOARD_ONLINE, szenario());
        List<Flaechendeckungswert> kreise = b.flaechendeckung(ArsEbene.KREIS).toList();
        assertEquals(5 * 4, kreise.size());
        assertEquals(List.of(FLENSBURG, KREIS_01002, KREIS_15001, KREIS_15002),
                kreise.subList(0, 4).stream().map(Flaechendeckungswert::ars).toList());
        assertTrue(kreise.subList(0, 4).stream().allMatch(w -> w.schluessel().equals(A)));
        assertEquals(16 * 5, b.flaechendeckung(ArsEbene.LAND).count());
        assertEquals(Optional.empty(), b.flaechendeckung(UNBEKANNT, ST));
    }

    @Test
    void tablesAreDeterministicPlainText() {
        Umsetzungsbild b = bild(Zaehlregel.DASHBOARD_ONLINE, szenario());
        Tabelle land = b.toTabelle(Umsetzungsbild.Gliederung.LAND);
        assertEquals(16, land.zeilen().size());
        assertEquals("01", land.zeilen().get(0).get(0));
        assertEquals(List.of("15", Bundesland.SACHSEN_ANHALT.bezeichnung(), "5", "2", "2", "5", "1", "4", "1", "20.1 %",
                "0", "0", "1", "1", "0", "0"), land.zeilen().get(14));
        String text = land.toText();
        assertTrue(text.startsWith(Zaehlregel.DASHBOARD_ONLINE.toString() + "\n"), text);
        assertTrue(text.contains("V1:4"), text);
        assertEquals(text, bild(Zaehlregel.DASHBOARD_ONLINE, szenario()).toTabelle(Umsetzungsbild.Gliederung.LAND)
                .toText());
        assertEquals(List.of("2", "6", "12"), b.toTabelle(Umsetzungsbild.Gliederung.THEMENFELD).zeilen().stream()
                .map(z -> z.get(0)).toList());
        assertEquals(4, b.toTabelle(Umsetzungsbild.Gliederung.OZG_LEISTUNG).zeilen().size());
    }

    @Test
    void mergingMatricesOverDifferentSetupsIsRefused() {
        Umsetzungsmatrix a = Umsetzungsmatrix.zero(KATALOG, VERZEICHNIS, Zaehlregel.DASHBOARD_ONLINE);
        Umsetzungsmatrix b = Umsetzungsmatrix.zero(KATALOG, VERZEICHNIS, Zaehlregel.OZG_KONFORM);
        AggregationException e = assertThrows(AggregationException.class, () -> a.merge(b));
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, e.violation());
        assertTrue(e.getMessage().startsWith("Umsetzungsmatrix.merge: expected a matrix over the same"), e.getMessage());
        Umsetzungsmatrix gleich = Umsetzungsmatrix.zero(Fixtur.katalog(), Fixtur.verzeichnis(),
                Zaehlregel.DASHBOARD_ONLINE);
        gleich.add(zeile(A, ST, 2));
        assertEquals(1, a.merge(gleich).result().gesamt().leikaOnline(), "equal setups built twice merge");
    }

    @Test
    void theCollectorGivesTheSameAsTheLoop() {
        List<Umsetzungsstand> zeilen = szenario();
        Umsetzungsbild gesammelt = zeilen.stream()
                .collect(Umsetzungsmatrix.collector(KATALOG, VERZEICHNIS, Zaehlregel.DASHBOARD_ONLINE));
        assertEquals(bild(Zaehlregel.DASHBOARD_ONLINE, zeilen), gesammelt);
        assertTrue(gesammelt.toString().contains("3 von 5 LeiKa-Leistungen online"), gesammelt.toString());
    }
}
