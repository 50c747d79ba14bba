package de.ozg.core.aggregation;

import static de.ozg.core.aggregation.Fixtur.A;
import static de.ozg.core.aggregation.Fixtur.C;
import static de.ozg.core.aggregation.Fixtur.KREIS_15002;
import static de.ozg.core.aggregation.Fixtur.ST;
import static de.ozg.core.aggregation.Fixtur.gemeinde15002;
import static de.ozg.core.aggregation.Fixtur.zeile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Nachnutzungsmodell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Gebiete of {@link Fixtur} plus two gemeindefreie Gebiete in Kreis 15002 (a forest, TK 66, and
 * an inhabited gemeindefreier Bezirk, TK 65): Kreis 15002 has 3 Kommunen and 5 Gemeinde-level
 * Gebiete, Sachsen-Anhalt 103 Kommunen and 105 Gebiete. Gemeindefreie Gebiete are no Kommunen.
 */
class GemeindefreieGebieteTest {

    static final Ars FORST = Ars.parse("150029451451");
    static final Ars BEZIRK = Ars.parse("150029501501");

    private static final OzgKatalog KATALOG = Fixtur.katalog();
    private static final Gebietsverzeichnis VERZEICHNIS = verzeichnis();

    static Gebietsverzeichnis verzeichnis() {
        List<Gebiet> g = new ArrayList<>(Fixtur.verzeichnis().gebiete());
        g.add(Gebiet.builder().ars(FORST).ebene(ArsEbene.GEMEINDE).name("Forst, gemfr. Gebiet").textkennzeichen("66")
                .bevoelkerung(0).build());
        g.add(Gebiet.builder().ars(BEZIRK).ebene(ArsEbene.GEMEINDE).name("Heide, gemfr. Bezirk").textkennzeichen("65")
                .bevoelkerung(700).build());
        return Gebietsverzeichnis.of(Fixtur.verzeichnis().gebietsstand(), g);
    }

    private static Umsetzungsbild bild(Zaehlregel regel, List<Umsetzungsstand> zeilen) {
        return Umsetzungsmatrix.zero(KATALOG, VERZEICHNIS, regel).addAll(zeilen).result();
    }

    private static List<Umsetzungsstand> inAllenKommunenVon15002() {
        List<Umsetzungsstand> zeilen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            zeilen.add(zeile(C, gemeinde15002(i), 2));
        }
        return zeilen;
    }

    @Test
    void theDirectoryKnowsItsKommunen() {
        assertEquals(108, VERZEICHNIS.anzahlGemeinden());
        assertEquals(106, VERZEICHNIS.anzahlKommunen());
        Gebiet forst = VERZEICHNIS.gebiet(FORST, ArsEbene.GEMEINDE).orElseThrow();
        assertTrue(forst.isGemeinde());
        assertTrue(forst.isGemeindefrei());
        assertFalse(forst.isKommune());
        assertTrue(VERZEICHNIS.gebiet(BEZIRK, ArsEbene.GEMEINDE).orElseThrow().isGemeindefrei());
        assertTrue(VERZEICHNIS.gebiet(gemeinde15002(1), ArsEbene.GEMEINDE).orElseThrow().isKommune(),
                "a Gemeinde without Textkennzeichen is a Kommune");
    }

    /** The issue in small: online in every Kommune is flächendeckend, whatever lies in the forest. */
    @Test
    void onlineInEveryKommuneIsFlaechendeckend() {
        Umsetzungsbild b = bild(Zaehlregel.FLAECHENDECKEND, inAllenKommunenVon15002());
        Flaechendeckungswert w = b.flaechendeckung(C, KREIS_15002).orElseThrow();
        assertEquals(3, w.relevanteGemeinden());
        assertEquals(3, w.abgedeckteGemeinden());
        assertTrue(w.flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.KREISWEIT), w.klasse());
        assertEquals(1, b.anzahlFlaechendeckend(KREIS_15002));
        Flaechendeckungswert land = b.flaechendeckung(C, ST).orElseThrow();
        assertEquals(103, land.relevanteGemeinden());
        assertEquals(3, land.abgedeckteGemeinden());

        // a rule that counts gemeindefreie Gebiete gives the old figure
        Zaehlregel alt = Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true);
        Umsetzungsbild vorher = bild(alt, inAllenKommunenVon15002());
        Flaechendeckungswert v = vorher.flaechendeckung(C, KREIS_15002).orElseThrow();
        assertEquals(5, v.relevanteGemeinden());
        assertEquals(3, v.abgedeckteGemeinden());
        assertFalse(v.flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), v.klasse());
        assertEquals(0, vorher.anzahlFlaechendeckend(KREIS_15002));
        assertEquals(105, vorher.flaechendeckung(C, ST).orElseThrow().relevanteGemeinden());
    }

    /** A Kreis row fills the whole range; the forest leaves the figures when the result is read. */
    @Test
    void aKreisRowCoversTheKommunenOfItsKreis() {
        List<Umsetzungsstand> zeilen = List.of(zeile(C, KREIS_15002, 3));
        Flaechendeckungswert w = bild(Zaehlregel.FLAECHENDECKEND, zeilen).flaechendeckung(C, KREIS_15002)
                .orElseThrow();
        assertEquals(3, w.relevanteGemeinden());
        assertEquals(3, w.abgedeckteGemeinden());
        Flaechendeckungswert alt = bild(Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true), zeilen)
                .flaechendeckung(C, KREIS_15002).orElseThrow();
        assertEquals(5, alt.relevanteGemeinden());
        assertEquals(5, alt.abgedeckteGemeinden());
        assertTrue(alt.flaechendeckend());
    }

    /** A row for a gemeindefreies Gebiet is read and counted, but makes no Kommune online. */
    @Test
    void aRowForAForestMakesNoKommuneOnline() {
        Umsetzungsbild b = bild(Zaehlregel.DASHBOARD_ONLINE, List.of(zeile(A, FORST, 4)));
        assertEquals(1, b.zeilenbilanz().online());
        assertEquals(0, b.gesamt().leikaOnline());
        assertEquals(0, b.gesamt().ozgLeistungenOnline());
        assertEquals(0, b.flaechendeckung(A, FORST).orElseThrow().abgedeckteGemeinden());
        assertEquals(0, b.flaechendeckung(A, FORST).orElseThrow().relevanteGemeinden());
        assertEquals(Optional.empty(), b.flaechendeckung(A, KREIS_15002).orElseThrow().klasse());

        Umsetzungsbild alt = bild(Zaehlregel.DASHBOARD_ONLINE.withGemeindefreieGebieteZaehlen(true),
                List.of(zeile(A, FORST, 4)));
        assertEquals(1, alt.gesamt().leikaOnline());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), alt.flaechendeckung(A, FORST).orElseThrow()
                .klasse());
    }

    /** The cells of the coverage share count Kommunen too. */
    @Test
    void coverageOfCellsCountsKommunen() {
        Kennzahlen st = bild(Zaehlregel.DASHBOARD_ONLINE, inAllenKommunenVon15002()).proLand()
                .get(Bundesland.SACHSEN_ANHALT);
        assertEquals(3, st.abgedeckteZellen());
        assertEquals(5L * 103, st.relevanteZellen(), "5 catalogue services × 103 Kommunen");
        Kennzahlen alt = bild(Zaehlregel.DASHBOARD_ONLINE.withGemeindefreieGebieteZaehlen(true),
                inAllenKommunenVon15002()).proLand().get(Bundesland.SACHSEN_ANHALT);
        assertEquals(5L * 105, alt.relevanteZellen());
    }

    /** Sequential and parallel give one result; matrices of the two readings never merge. */
    @Test
    void mergesAsBeforeAndOnlyWithTheSameReading() {
        List<Umsetzungsstand> zeilen = new ArrayList<>(inAllenKommunenVon15002());
        zeilen.add(zeile(A, KREIS_15002, 2));
        zeilen.add(zeile(A, FORST, 2));
        Umsetzungsbild seq = bild(Zaehlregel.FLAECHENDECKEND, zeilen);
        assertEquals(seq, zeilen.parallelStream().collect(Umsetzungsmatrix.collector(KATALOG, VERZEICHNIS,
                Zaehlregel.FLAECHENDECKEND)));
        Umsetzungsmatrix neu = Umsetzungsmatrix.zero(KATALOG, VERZEICHNIS, Zaehlregel.FLAECHENDECKEND);
        Umsetzungsmatrix alt = Umsetzungsmatrix.zero(KATALOG, VERZEICHNIS,
                Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true));
        AggregationException e = assertThrows(AggregationException.class, () -> neu.merge(alt));
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, e.violation());
    }

    @Test
    void theRuleStatesItsChoice() {
        for (Zaehlregel preset : Zaehlregel.presets()) {
            assertFalse(preset.isGemeindefreieGebieteZaehlen(), preset.name());
            assertTrue(preset.toString().endsWith("; ohne gemeindefreie Gebiete"), preset.toString());
        }
        Zaehlregel alt = Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true);
        assertTrue(alt.isGemeindefreieGebieteZaehlen());
        assertEquals(Zaehlregel.BENUTZERDEFINIERT, alt.name());
        assertNotEquals(Zaehlregel.FLAECHENDECKEND, alt);
        assertNotEquals(Zaehlregel.FLAECHENDECKEND.hashCode(), alt.hashCode());
        assertTrue(alt.toString().endsWith("; mit gemeindefreien Gebieten"), alt.toString());
        assertEquals(Zaehlregel.FLAECHENDECKEND, alt.withGemeindefreieGebieteZaehlen(false));
        assertTrue(alt.withMindestReifegrad(alt.mindestReifegrad()).isGemeindefreieGebieteZaehlen(),
                "other with… methods keep the choice");
        assertTrue(alt.withFlaechendeckungsanteil(0.99).withNurKommunalerVollzug(false).withKombination(
                Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD).withOhneReifegrad(Zaehlregel.OhneReifegrad.NICHT_GEZAEHLT)
                .withNichtOkZaehlen(true).withInaktiveZaehlen(true).withOhneTypisierungRelevant(false)
                .isGemeindefreieGebieteZaehlen());
    }

    /** EfA coverage counts the Kommunen an EfA service reaches; its denominator is all Kommunen. */
    @Test
    void efaCoverageCountsKommunen() {
        var dienst = EfaAbdeckungTest.dienst("efa-k", Bundesland.SCHLESWIG_HOLSTEIN, Nachnutzungsmodell.EFA,
                Nachnutzung.of(KREIS_15002, NachnutzungsStatus.ANGEBUNDEN));
        EfaAbdeckungsbild b = EfaAbdeckung.zero(VERZEICHNIS).addAll(List.of(dienst)).result();
        assertEquals(106, b.gemeindenGesamt());
        EfaDienstabdeckung d = b.dienste().get(0);
        assertEquals(3, d.nachnutzendeGemeinden().get(NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(3, d.eigeneGemeinden(), "Schleswig-Holstein has 3 Kommunen");

        EfaAbdeckungsbild alt = EfaAbdeckung.zero(VERZEICHNIS, Zaehlregel.DASHBOARD_ONLINE
                .withGemeindefreieGebieteZaehlen(true)).addAll(List.of(dienst)).result();
        assertEquals(108, alt.gemeindenGesamt());
        assertEquals(5, alt.dienste().get(0).nachnutzendeGemeinden().get(NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(b, List.of(dienst).parallelStream().collect(EfaAbdeckung.collector(VERZEICHNIS)));
        assertEquals(alt, List.of(dienst).stream().collect(EfaAbdeckung.collector(VERZEICHNIS,
                Zaehlregel.DASHBOARD_ONLINE.withGemeindefreieGebieteZaehlen(true))));
        assertEquals(b, EfaAbdeckung.zero(VERZEICHNIS, Zaehlregel.FLAECHENDECKEND).zeroLike().addAll(List.of(dienst))
                .result());
        AggregationException e = assertThrows(AggregationException.class, () -> EfaAbdeckung.zero(VERZEICHNIS)
                .merge(EfaAbdeckung.zero(VERZEICHNIS, Zaehlregel.DASHBOARD_ONLINE.withGemeindefreieGebieteZaehlen(true))));
        assertEquals(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, e.violation());
    }
}
