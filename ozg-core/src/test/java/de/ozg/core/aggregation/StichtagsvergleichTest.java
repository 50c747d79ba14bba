package de.ozg.core.aggregation;

import static de.ozg.core.aggregation.Fixtur.A;
import static de.ozg.core.aggregation.Fixtur.B;
import static de.ozg.core.aggregation.Fixtur.C;
import static de.ozg.core.aggregation.Fixtur.D;
import static de.ozg.core.aggregation.Fixtur.E;
import static de.ozg.core.aggregation.Fixtur.gemeinde15001;
import static de.ozg.core.aggregation.Fixtur.zeile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.aggregation.Veraenderung.Art;
import de.ozg.core.id.Ars;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StichtagsvergleichTest {

    private static final Stichtagsvergleich DASHBOARD = Stichtagsvergleich.of(Zaehlregel.DASHBOARD_ONLINE);

    private static final Ars G1 = gemeinde15001(1);
    private static final Ars G2 = gemeinde15001(2);
    private static final Ars G3 = gemeinde15001(3);
    private static final Ars G4 = gemeinde15001(4);
    private static final Ars G5 = gemeinde15001(5);

    private static List<Umsetzungsstand> alt() {
        return List.of(zeile(A, G1, 2), zeile(B, G2, 1), zeile(C, G3, 2), zeile(D, G4, 0));
    }

    private static List<Umsetzungsstand> neu() {
        return List.of(zeile(A, G1, 3), zeile(B, G2, 2), zeile(C, G3, 2).toBuilder().online(false).build(),
                zeile(E, G5, 4));
    }

    @Test
    void everyKindOfChangeIsCountedAndReported() {
        List<Veraenderung> alle = new ArrayList<>();
        Stichtagsdiff d = DASHBOARD.compare(Schnappschuss.of(alt()), Schnappschuss.of(neu()), alle::add);
        assertEquals(1, d.anzahl(Art.NEU));
        assertEquals(1, d.anzahl(Art.ENTFALLEN));
        assertEquals(1, d.anzahl(Art.ONLINE_GEGANGEN));
        assertEquals(1, d.anzahl(Art.OFFLINE_GEGANGEN));
        assertEquals(2, d.anzahl(Art.REIFEGRAD_GESTIEGEN));
        assertEquals(0, d.anzahl(Art.REIFEGRAD_GESUNKEN));
        assertEquals(0, d.anzahl(Art.REIFEGRAD_SONSTIG));
        assertEquals(1, d.anzahl(Art.STATUS_GEAENDERT));
        assertEquals(2, d.onlineAlt(), "A and C");
        assertEquals(3, d.onlineNeu(), "A, B and E; C is nicht ok");
        assertEquals(1, d.neuOnline());
        assertEquals(0, d.entfallenOnline());
        assertEquals(alle, d.beispiele());
        assertEquals(List.of(A, B, C, D, E), alle.stream().map(Veraenderung::schluessel).toList());
        Veraenderung b = alle.get(1);
        assertEquals(EnumSet.of(Art.ONLINE_GEGANGEN, Art.REIFEGRAD_GESTIEGEN), b.arten());
        assertEquals(Optional.of(Reifegrad.of(ReifegradModell.V1, 1)), b.vorher().orElseThrow().reifegrad());
        assertTrue(b.nachher().orElseThrow().online());
        Veraenderung c = alle.get(2);
        assertEquals(Set.of(Art.OFFLINE_GEGANGEN, Art.STATUS_GEAENDERT), c.arten());
        assertFalse(c.nachher().orElseThrow().ok());
        assertEquals(Set.of(Art.ENTFALLEN), alle.get(3).arten());
        assertEquals(Optional.empty(), alle.get(3).nachher());
        assertEquals(Optional.empty(), alle.get(4).vorher());
        assertEquals(G5, alle.get(4).ars());
        assertFalse(d.isEmpty());
        assertFalse(d.isAuffaellig());
        assertTrue(d.toTabelle().toText().contains("ONLINE_GEGANGEN"));
    }

    @Test
    void theRuleDecidesWhatWentOnline() {
        Stichtagsdiff d = Stichtagsvergleich.of(Zaehlregel.OZG_KONFORM).compare(alt(), neu());
        assertEquals(1, d.anzahl(Art.ONLINE_GEGANGEN), "A reaches level 3");
        assertEquals(0, d.anzahl(Art.OFFLINE_GEGANGEN), "C never was OZG-konform");
        assertEquals(0, d.onlineAlt());
    }

    @Test
    void aRowCountMovingMoreThanTheShareIsFlagged() {
        List<Umsetzungsstand> zehn = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            zehn.add(zeile(A, gemeinde15001(i), 2));
        }
        Schnappschuss alt = Schnappschuss.of(zehn);
        Stichtagsdiff acht = DASHBOARD.compare(alt, Schnappschuss.of(zehn.subList(0, 8)));
        assertEquals(-0.2, acht.zeilenaenderung(), 1e-12);
        assertFalse(acht.isAuffaellig(), "exactly 20 % is not beyond 20 %");
        Stichtagsdiff sieben = DASHBOARD.compare(alt, Schnappschuss.of(zehn.subList(0, 7)));
        assertTrue(sieben.isAuffaellig());
        assertTrue(sieben.toTabelle().toText().contains("AUFFAELLIG -30.0 %"), sieben.toTabelle().toText());
        assertFalse(DASHBOARD.withWarnschwelle(0.5).compare(alt, Schnappschuss.of(zehn.subList(0, 7)))
                .isAuffaellig());
        Stichtagsdiff ausLeer = DASHBOARD.compare(Schnappschuss.of(List.of()), alt);
        assertTrue(ausLeer.isAuffaellig());
        assertEquals(Double.POSITIVE_INFINITY, ausLeer.zeilenaenderung());
        assertEquals(0, DASHBOARD.compare(List.of(), List.of()).zeilenaenderung());
        assertThrows(AggregationException.class, () -> DASHBOARD.withWarnschwelle(-0.1));
        assertThrows(AggregationException.class, () -> DASHBOARD.withBeispiele(-1));
    }

    @Test
    void duplicateRowsCombineToTheBestState() {
        Umsetzungsstand inaktivHoch = zeile(A, G1, 4).toBuilder().aktiv(false).online(false).build();
        Umsetzungsstand aktivNiedrig = zeile(A, G1, 1);
        Umsetzungsstand neueresModell = zeile(A, G2, 4).toBuilder().reifegrad(Reifegrad.of(ReifegradModell.V2, 1))
                .build();
        Schnappschuss s = Schnappschuss.of(List.of(inaktivHoch, aktivNiedrig, zeile(A, G2, 4), neueresModell));
        assertEquals(4, s.zeilen());
        assertEquals(2, s.eintraege());
        assertEquals(2, s.duplikate());
        assertEquals(1, s.anzahlSchluessel());
        assertEquals(1, s.anzahlOnline(Zaehlregel.DASHBOARD_ONLINE), "aktiv, ok and V1:4 at G1; V2 at G2 is not V1");
        List<Veraenderung> zustaende = new ArrayList<>();
        DASHBOARD.compare(Schnappschuss.of(List.of()), s, zustaende::add);
        assertEquals(Optional.of(Reifegrad.of(ReifegradModell.V2, 1)), zustaende.get(1).nachher().orElseThrow()
                .reifegrad());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), s.ersterStichtag());
        assertEquals(16 + 8, s.speicherBytes());
    }

    @Test
    void partitionDiffsAddUp() {
        Stichtagsdiff ganz = DASHBOARD.compare(alt(), neu());
        Stichtagsdiff teil1 = DASHBOARD.compare(alt().subList(0, 2), neu().subList(0, 2));
        Stichtagsdiff teil2 = DASHBOARD.compare(alt().subList(2, 4), neu().subList(2, 4));
        assertEquals(ganz, teil1.plus(teil2));
        assertThrows(AggregationException.class,
                () -> teil1.plus(Stichtagsvergleich.of(Zaehlregel.OZG_KONFORM).compare(alt(), neu())));
    }

    @Test
    void examplesAreLimited() {
        Stichtagsdiff d = DASHBOARD.withBeispiele(2).compare(alt(), neu());
        assertEquals(2, d.beispiele().size());
        assertEquals(List.of(A, B), d.beispiele().stream().map(Veraenderung::schluessel).toList());
    }
}
