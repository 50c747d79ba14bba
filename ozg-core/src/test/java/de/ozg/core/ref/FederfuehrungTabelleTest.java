package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.ref.Federfuehrung.Eintrag;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Self-tests of {@code federfuehrung.tsv}: complete, consistent, and no row is dead data. */
class FederfuehrungTabelleTest {

    /** The OZG came into force on 2017-08-18: from then on every lead must have an answer. */
    private static final LocalDate OZG_IN_KRAFT = LocalDate.of(2017, 8, 18);
    private static final LocalDate ERSTER = OZG_IN_KRAFT;
    private static final LocalDate LETZTER = LocalDate.of(2027, 12, 31);

    static Stream<Eintrag> eintraege() {
        return Federfuehrung.eintraege().stream();
    }

    @Test
    void resourceLoadsWithItsHeader() {
        Referenztabelle t = Referenztabelle.lade("federfuehrung.tsv");
        assertFalse(t.version().isBlank());
        assertFalse(t.stand().isBlank());
        assertFalse(t.quelle().isBlank());
        assertEquals(t.zeilen().size(), Federfuehrung.eintraege().size());
    }

    /** Each Themenfeld has rows for both sides of the tandem, possibly rows saying "unknown". */
    @ParameterizedTest
    @EnumSource(Themenfeld.class)
    void everyThemenfeldHasRowsForRessortsAndLaender(Themenfeld t) {
        List<Eintrag> rows = Federfuehrung.eintraege().stream().filter(e -> e.themenfeld == t)
                .collect(Collectors.toList());
        assertTrue(rows.stream().anyMatch(Eintrag::isRessort), t + " has no ressort row");
        assertTrue(rows.stream().anyMatch(FederfuehrungTabelleTest::isLandZeile), t + " has no Land row");
    }

    private static boolean isLandZeile(Eintrag e) {
        return !e.isRessort() && e.weitere == null;
    }

    /** On every day since the OZG came into force, each side of each tandem is covered by a row. */
    @ParameterizedTest
    @EnumSource(Themenfeld.class)
    void rowsCoverEveryDayWithoutGaps(Themenfeld t) {
        for (LocalDate d = OZG_IN_KRAFT; !d.isAfter(LETZTER); d = d.plusDays(1)) {
            LocalDate day = d;
            List<Eintrag> valid = Federfuehrung.eintraege().stream()
                    .filter(e -> e.themenfeld == t && e.isGueltigAm(day)).collect(Collectors.toList());
            assertTrue(valid.stream().anyMatch(Eintrag::isRessort), t + " ressort gap on " + d);
            assertTrue(valid.stream().anyMatch(FederfuehrungTabelleTest::isLandZeile), t + " Land gap on " + d);
        }
    }

    /** Since the OZG came into force, every lead except Querschnitt resolves to a ressort in office. */
    @Test
    void everyRecordedLeadResolvesOnEveryDay() {
        for (LocalDate d = OZG_IN_KRAFT; !d.isAfter(LETZTER); d = d.plusDays(1)) {
            for (Federfuehrung f : Federfuehrung.alleAm(d)) {
                boolean querschnitt = f.themenfeld() == Themenfeld.QUERSCHNITT;
                assertEquals(!querschnitt, f.isRessortsBekannt(), f.toString());
                assertEquals(!querschnitt, f.isLaenderBekannt(), f.toString());
            }
        }
    }

    /** A row is reachable when, on the first day it applies, its lead shows in the result. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("eintraege")
    void everyRowShowsInTheResult(Eintrag e) {
        LocalDate day = e.ab != null ? e.ab : e.ressort != null && e.ressort.gueltigAb().isPresent()
                ? e.ressort.gueltigAb().get() : ERSTER;
        assertTrue(e.isGueltigAm(day), e + " on " + day);
        Federfuehrung f = Federfuehrung.of(e.themenfeld, day);
        assertTrue(f.quellen().contains(e.quelle), e + " -> " + f.quellen());
        if (e.weitere != null) {
            assertTrue(f.weitereFederfuehrende().contains(e.weitere), e + " -> " + f);
            assertEquals(!e.gesichert, f.unsichereWeitereFederfuehrende().contains(e.weitere), e.toString());
        } else if (e.isUnbekannt()) {
            assertFalse(e.isRessort() ? f.isRessortsBekannt() : f.isLaenderBekannt(), e.toString());
        } else if (e.isRessort()) {
            Bundesressort traeger = e.ressort.traegerAm(day).orElseThrow(() -> new AssertionError(e + " dead on " + day));
            assertTrue(f.ressorts().contains(traeger), e + " -> " + f);
            assertEquals(!e.gesichert, f.unsichereRessorts().contains(traeger), e.toString());
        } else {
            assertTrue(f.laender().contains(e.land), e + " -> " + f);
            assertEquals(!e.gesichert, f.unsichereLaender().contains(e.land), e.toString());
        }
    }

    /** A ressort row names an identity that exists during (part of) the row's own period. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("eintraege")
    void ressortRowsStartNoEarlierThanTheirIdentity(Eintrag e) {
        if (e.ressort == null || e.ab == null) {
            return;
        }
        assertTrue(e.ressort.isGueltigAm(e.ab), e + " begins before " + e.ressort);
    }

    /** The negative side: a dated row does not apply the day before it begins or after it ends. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("eintraege")
    void datedRowsDoNotApplyOutsideTheirPeriod(Eintrag e) {
        if (e.ab != null) {
            LocalDate before = e.ab.minusDays(1);
            assertFalse(e.isGueltigAm(before));
            if (e.ressort != null) {
                assertFalse(Federfuehrung.of(e.themenfeld, before).ressorts().contains(e.ressort),
                        e + " on " + before);
            }
        }
        if (e.bis != null) {
            LocalDate after = e.bis.plusDays(1);
            assertFalse(e.isGueltigAm(after));
            if (e.ressort != null) {
                Bundesressort traeger = e.ressort.traegerAm(after).orElse(null);
                assertFalse(traeger != null && Federfuehrung.of(e.themenfeld, after).ressorts().contains(traeger)
                        && Federfuehrung.eintraege().stream().noneMatch(o -> o != e && o.themenfeld == e.themenfeld
                                && o.isGueltigAm(after) && o.ressort != null
                                && traeger.equals(o.ressort.traegerAm(after).orElse(null))),
                        e + " still applies on " + after);
            }
        }
    }

    @Test
    void unknownLeadsAreOnlyForQuerschnitt() {
        List<Themenfeld> unknown = Federfuehrung.eintraege().stream().filter(Eintrag::isUnbekannt)
                .map(e -> e.themenfeld).distinct().collect(Collectors.toList());
        assertEquals(List.of(Themenfeld.QUERSCHNITT), unknown);
    }

    /**
     * The unsure rows: the BMUB for Bauen &amp; Wohnen before 2018-03-14, the BMBFSFJ for Bildung from
     * 2025, the BMF for Steuern &amp; Zoll. The BMBF for Bildung and Niedersachsen for Gesundheit are
     * documented on the Themenfeld pages of digitale-verwaltung.de and are certain.
     */
    @Test
    void unsureRowsAreExactlyTheUndocumentedOnes() {
        List<String> unsure = Federfuehrung.eintraege().stream().filter(e -> !e.gesichert && !e.isUnbekannt())
                .map(e -> e.themenfeld.fimCode() + ":" + (e.weitere != null ? e.weitere
                        : e.isRessort() ? e.ressort.kuerzel() : e.land.kuerzel()))
                .collect(Collectors.toList());
        assertEquals(List.of("bauen_wohnen:BMUB", "bildung:BMBFSFJ", "steuern_zoll:BMF"), unsure);
    }

    /** Every row keeps its source; the rows that rest on the Themenfeld pages say so. */
    @Test
    void everyRowNamesItsSource() {
        for (Eintrag e : Federfuehrung.eintraege()) {
            assertFalse(e.quelle.isBlank(), e.toString());
        }
        List<String> vonDenThemenfeldseiten = Federfuehrung.eintraege().stream()
                .filter(e -> e.quelle.startsWith("digitale-verwaltung.de"))
                .map(e -> e.themenfeld.fimCode() + ":" + (e.weitere != null ? e.weitere
                        : e.isRessort() ? e.ressort.kuerzel() : e.land.kuerzel()))
                .collect(Collectors.toList());
        assertEquals(List.of("bildung:BMBF", "engagement_hobby:Kommunale Spitzenverbände", "gesundheit:NI"),
                vonDenThemenfeldseiten);
    }

    @Test
    void onlyEngagementUndHobbyHasAFurtherCoLead() {
        List<String> weitere = Federfuehrung.eintraege().stream().filter(e -> e.weitere != null)
                .map(e -> e.themenfeld.fimCode() + ":" + e.weitere).collect(Collectors.toList());
        assertEquals(List.of("engagement_hobby:Kommunale Spitzenverbände"), weitere);
    }
}
