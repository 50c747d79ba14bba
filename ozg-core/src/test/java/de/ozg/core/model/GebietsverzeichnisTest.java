package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.ref.Bundesland;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A small hand-made hierarchy with a kreisfreie Stadt, a Stadtstaat and a Regierungsbezirk. */
class GebietsverzeichnisTest {

    static final LocalDate STAND = LocalDate.of(2020, 12, 31);

    static final Gebiet SH = g("010000000000", ArsEbene.LAND, "Schleswig-Holstein");
    static final Gebiet FL_KREIS = g("010010000000", ArsEbene.KREIS, "Flensburg, Stadt");
    static final Gebiet FL_GV = g("010010000000", ArsEbene.GEMEINDEVERBAND, "Flensburg, Stadt");
    static final Gebiet FL = g("010010000000", ArsEbene.GEMEINDE, "Flensburg, Stadt");
    static final Gebiet DITHMARSCHEN = g("010510000000", ArsEbene.KREIS, "Dithmarschen");
    static final Gebiet BRUNSBUETTEL_GV = g("010510011000", ArsEbene.GEMEINDEVERBAND, "Brunsbüttel, Stadt");
    static final Gebiet BRUNSBUETTEL = g("010510011011", ArsEbene.GEMEINDE, "Brunsbüttel, Stadt");
    static final Gebiet AMT = g("010515163000", ArsEbene.GEMEINDEVERBAND, "Burg-St. Michaelisdonn");
    static final Gebiet AVERLAK = g("010515163003", ArsEbene.GEMEINDE, "Averlak");
    static final Gebiet BRICKELN = g("010515163010", ArsEbene.GEMEINDE, "Brickeln");
    static final Gebiet HH = g("020000000000", ArsEbene.LAND, "Hamburg");
    static final Gebiet HH_KREIS = g("020000000000", ArsEbene.KREIS, "Hamburg, Freie und Hansestadt");
    static final Gebiet HH_GV = g("020000000000", ArsEbene.GEMEINDEVERBAND, "Hamburg, Freie und Hansestadt");
    static final Gebiet HH_GEMEINDE = g("020000000000", ArsEbene.GEMEINDE, "Hamburg, Freie und Hansestadt");
    static final Gebiet NI = g("030000000000", ArsEbene.LAND, "Niedersachsen");
    static final Gebiet REGION_BS = g("031000000000", ArsEbene.REGIERUNGSBEZIRK, "Statistische Region Braunschweig");
    static final Gebiet BS_KREIS = g("031010000000", ArsEbene.KREIS, "Braunschweig, Stadt");
    static final Gebiet BS_GV = g("031010000000", ArsEbene.GEMEINDEVERBAND, "Braunschweig, Stadt");
    static final Gebiet BS = g("031010000000", ArsEbene.GEMEINDE, "Braunschweig, Stadt");

    static final List<Gebiet> SORTIERT = List.of(SH, FL_KREIS, FL_GV, FL, DITHMARSCHEN, BRUNSBUETTEL_GV, BRUNSBUETTEL,
            AMT, AVERLAK, BRICKELN, HH, HH_KREIS, HH_GV, HH_GEMEINDE, NI, REGION_BS, BS_KREIS, BS_GV, BS);

    static Gebiet g(String ars, ArsEbene ebene, String name) {
        return Gebiet.of(Ars.parse(ars), ebene, name);
    }

    static Gebietsverzeichnis verzeichnis() {
        List<Gebiet> gemischt = new ArrayList<>(SORTIERT);
        Collections.shuffle(gemischt, new Random(42));
        return Gebietsverzeichnis.of(STAND, gemischt);
    }

    static Ars ars(String text) {
        return Ars.parse(text);
    }

    @Test
    void gebieteAreInKeyOrderCoarserLevelsFirst() {
        Gebietsverzeichnis gv = verzeichnis();
        assertEquals(SORTIERT, gv.gebiete());
        assertEquals(STAND, gv.gebietsstand());
        assertEquals(List.of(FL, BRUNSBUETTEL, AVERLAK, BRICKELN, HH_GEMEINDE, BS), gv.gemeinden());
        assertEquals(List.of(FL_KREIS, DITHMARSCHEN, HH_KREIS, BS_KREIS), gv.gebiete(ArsEbene.KREIS));
        assertEquals(List.of(), gv.gebiete(ArsEbene.BUND));
    }

    @Test
    void gemeindeBereichForEveryLevel() {
        Gebietsverzeichnis gv = verzeichnis();
        assertEquals(new Gebietsverzeichnis.Bereich(0, 6), gv.gemeindeBereich(Ars.BUND));
        assertEquals(new Gebietsverzeichnis.Bereich(0, 4), gv.gemeindeBereich(SH.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(5, 6), gv.gemeindeBereich(REGION_BS.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(1, 4), gv.gemeindeBereich(DITHMARSCHEN.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(2, 4), gv.gemeindeBereich(AMT.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(1, 2), gv.gemeindeBereich(BRUNSBUETTEL_GV.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(3, 4), gv.gemeindeBereich(BRICKELN.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(0, 1), gv.gemeindeBereich(FL.ars()));
        assertEquals(new Gebietsverzeichnis.Bereich(4, 5), gv.gemeindeBereich(HH.ars()));
        assertEquals(List.of(AVERLAK, BRICKELN), gv.gemeindenUnter(AMT.ars()));
        assertEquals(List.of(BS), gv.gemeindenUnter(NI.ars()));

        Gebietsverzeichnis.Bereich leer = gv.gemeindeBereich(Ars.of(Bundesland.SACHSEN_ANHALT));
        assertTrue(leer.isEmpty());
        assertEquals(new Gebietsverzeichnis.Bereich(6, 6), leer);
        assertEquals(List.of(), gv.gemeindenUnter(Ars.of(Bundesland.SACHSEN_ANHALT)));
        assertTrue(gv.gemeindeBereich(ars("010515163001")).isEmpty());
        assertEquals(2, gv.gemeindeBereich(ars("010515163001")).start(), "insertion point before Averlak");
    }

    @Test
    void denseGemeindeIndex() {
        Gebietsverzeichnis gv = verzeichnis();
        assertEquals(6, gv.anzahlGemeinden());
        for (int i = 0; i < gv.anzahlGemeinden(); i++) {
            assertEquals(i, gv.gemeindeIndex(gv.gemeinde(i).ars()));
        }
        assertEquals(-1, gv.gemeindeIndex(AMT.ars()));
        assertEquals(-1, gv.gemeindeIndex(Ars.BUND));
        assertThrows(IndexOutOfBoundsException.class, () -> gv.gemeinde(6));
        assertThrows(UnsupportedOperationException.class, () -> gv.gemeinden().set(0, BS));
    }

    @Test
    void lookupsByKeyLevelAndAgs() {
        Gebietsverzeichnis gv = verzeichnis();
        assertEquals(Optional.of(FL_GV), gv.gebiet(FL.ars(), ArsEbene.GEMEINDEVERBAND));
        assertEquals(Optional.empty(), gv.gebiet(FL.ars(), ArsEbene.LAND));
        assertEquals(Optional.of(FL_KREIS), gv.gebiet(FL.ars()));
        assertEquals(Optional.of(HH), gv.gebiet(HH.ars()));
        assertEquals(Optional.of(AMT), gv.gebiet(AMT.ars()));
        assertEquals(Optional.of(AVERLAK), gv.gebiet(AVERLAK.ars()));
        assertEquals(Optional.of(REGION_BS), gv.gebiet(REGION_BS.ars()));
        assertEquals(Optional.empty(), gv.gebiet(ars("010515163001")));
        assertTrue(gv.contains(AMT.ars()));
        assertFalse(gv.contains(Ars.BUND));

        Gebiet mitAgs = Gebiet.builder().from(AVERLAK).ags(Ags.parse("01051003")).build();
        Gebietsverzeichnis mit = Gebietsverzeichnis.of(STAND, List.of(SH, DITHMARSCHEN, AMT, mitAgs));
        assertEquals(Optional.of(mitAgs), mit.gemeinde(Ags.parse("01051003")));
        assertEquals(Optional.empty(), mit.gemeinde(Ags.parse("01051010")));
    }

    /** contains(Ags): a Gemeinde by its AGS, a Kreis or Land by the ARS its AGS converts to. */
    @Test
    void kenntAgsOfGemeindenAndCoarserGebiete() {
        Gebiet mitAgs = Gebiet.builder().from(AVERLAK).ags(Ags.parse("01051003")).build();
        Gebietsverzeichnis mit = Gebietsverzeichnis.of(STAND, List.of(SH, DITHMARSCHEN, AMT, mitAgs));
        assertTrue(mit.contains(Ags.parse("01051003")));
        assertTrue(mit.contains(Ags.parse("01051000")), "the Kreis");
        assertTrue(mit.contains(Ags.parse("01000000")), "the Land");
        assertFalse(mit.contains(Ags.parse("01051010")));
        assertFalse(mit.contains(Ags.parse("01052000")));
        assertFalse(mit.contains(Ags.parse("02000000")));
        // the predicate of the lenient repair
        assertEquals(Ags.parse("01051003"), Ags.normalize("1051003", mit::contains).orElseThrow());
        assertTrue(Ags.normalize("1052000", mit::contains).isMehrdeutig());
        assertEquals(DITHMARSCHEN.ars(), de.ozg.core.id.Ars.normalize("10510000000", mit::contains).orElseThrow());
    }

    /** Gemeindefreie Gebiete are Gemeinden of the dense index but no Kommunen. */
    @Test
    void gemeindefreieGebieteAreGemeindenButNoKommunen() {
        Gebiet forst = Gebiet.builder().ars(ars("010519451451")).ebene(ArsEbene.GEMEINDE).name("Forst")
                .textkennzeichen("66").build();
        Gebietsverzeichnis gv = Gebietsverzeichnis.of(STAND, List.of(SH, DITHMARSCHEN, AVERLAK, BRICKELN, forst));
        assertEquals(3, gv.anzahlGemeinden());
        assertEquals(2, gv.anzahlKommunen());
        assertEquals(3, gv.gemeindeBereich(DITHMARSCHEN.ars()).size());
        assertEquals(List.of(AVERLAK, BRICKELN, forst), gv.gemeinden());
        assertEquals(verzeichnis().anzahlGemeinden(), verzeichnis().anzahlKommunen());
    }

    @Test
    void elternClimbThroughSharedKeys() {
        Gebietsverzeichnis gv = verzeichnis();
        assertEquals(Optional.of(FL_GV), gv.eltern(FL));
        assertEquals(Optional.of(FL_KREIS), gv.eltern(FL_GV));
        assertEquals(Optional.of(SH), gv.eltern(FL_KREIS));
        assertEquals(Optional.empty(), gv.eltern(SH));
        assertEquals(Optional.of(AMT), gv.eltern(AVERLAK));
        assertEquals(Optional.of(DITHMARSCHEN), gv.eltern(AMT));
        assertEquals(Optional.of(HH_GV), gv.eltern(HH_GEMEINDE));
        assertEquals(Optional.of(HH_KREIS), gv.eltern(HH_GV));
        assertEquals(Optional.of(HH), gv.eltern(HH_KREIS));
        assertEquals(Optional.of(REGION_BS), gv.eltern(BS_KREIS));
        assertEquals(Optional.of(NI), gv.eltern(REGION_BS));
    }

    @Test
    void elternSkipMissingLevels() {
        Gebietsverzeichnis ohneVerband = Gebietsverzeichnis.of(STAND, List.of(SH, DITHMARSCHEN, AVERLAK));
        assertEquals(Optional.of(DITHMARSCHEN), ohneVerband.eltern(AVERLAK));
        assertEquals(List.of(AVERLAK), ohneVerband.kinder(DITHMARSCHEN));
        Gebietsverzeichnis ohneLand = Gebietsverzeichnis.of(STAND, List.of(DITHMARSCHEN));
        assertEquals(Optional.empty(), ohneLand.eltern(DITHMARSCHEN));
    }

    @Test
    void kinderAreTheInverseOfEltern() {
        Gebietsverzeichnis gv = verzeichnis();
        assertEquals(List.of(FL_KREIS, DITHMARSCHEN), gv.kinder(SH));
        assertEquals(List.of(FL_GV), gv.kinder(FL_KREIS));
        assertEquals(List.of(FL), gv.kinder(FL_GV));
        assertEquals(List.of(BRUNSBUETTEL_GV, AMT), gv.kinder(DITHMARSCHEN));
        assertEquals(List.of(AVERLAK, BRICKELN), gv.kinder(AMT));
        assertEquals(List.of(HH_KREIS), gv.kinder(HH));
        assertEquals(List.of(REGION_BS), gv.kinder(NI));
        assertEquals(List.of(), gv.kinder(BS));
        for (Gebiet g : gv.gebiete()) {
            for (Gebiet kind : gv.kinder(g)) {
                assertEquals(Optional.of(g), gv.eltern(kind));
            }
        }
    }

    @Test
    void aListedBundIsTheParentOfTheLaender() {
        Gebiet bund = g("000000000000", ArsEbene.BUND, "Bundesrepublik Deutschland");
        Gebietsverzeichnis gv = Gebietsverzeichnis.of(STAND, List.of(SH, bund, HH, FL_KREIS));
        assertEquals(bund, gv.gebiete().get(0));
        assertEquals(Optional.of(bund), gv.eltern(SH));
        assertEquals(List.of(SH, HH), gv.kinder(bund));
        assertEquals(Optional.empty(), gv.eltern(bund));
    }

    @Test
    void exactRepetitionsAreMergedContradictionsRejected() {
        Gebietsverzeichnis doppelt = Gebietsverzeichnis.of(STAND, List.of(FL, SH, FL, FL_KREIS, SH));
        assertEquals(List.of(SH, FL_KREIS, FL), doppelt.gebiete());

        ModellException e = assertThrows(ModellException.class,
                () -> Gebietsverzeichnis.of(STAND, List.of(FL, g("010010000000", ArsEbene.GEMEINDE, "Flensburg"))));
        assertEquals(ModellViolation.CONTRADICTING_GEBIET, e.violation());
        assertEquals("Gebietsverzeichnis.gebiete[010010000000 GEMEINDE].name: expected 'Flensburg, Stadt' as in the "
                + "first listing (one Gebiet per key and level), was 'Flensburg'", e.getMessage());

        Gebiet mitEinwohnern = Gebiet.builder().from(FL).bevoelkerung(90164).build();
        ModellException bev = assertThrows(ModellException.class,
                () -> Gebietsverzeichnis.of(STAND, List.of(FL, mitEinwohnern)));
        assertEquals("Gebietsverzeichnis.gebiete[010010000000 GEMEINDE].bevoelkerung: expected no value as in the "
                + "first listing (one Gebiet per key and level), was '90164'", bev.getMessage());
    }

    @Test
    void equalityIgnoresInputOrderAndBuiltIndexes() {
        Gebietsverzeichnis a = verzeichnis();
        Gebietsverzeichnis b = Gebietsverzeichnis.of(STAND, SORTIERT);
        int vorher = a.hashCode();
        a.gemeindeBereich(SH.ars());
        a.kinder(SH);
        a.gemeinde(Ags.parse("01001000"));
        assertEquals(vorher, a.hashCode());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Gebietsverzeichnis.of(STAND.plusDays(1), SORTIERT));
        assertNotEquals(a, Gebietsverzeichnis.of(STAND, SORTIERT.subList(1, SORTIERT.size())));
        assertEquals("Gebietsverzeichnis{gebietsstand=2020-12-31, 19 Gebiete, 6 Gemeinden}", a.toString());
    }

    @Test
    void bereich() {
        Gebietsverzeichnis.Bereich b = new Gebietsverzeichnis.Bereich(2, 5);
        assertEquals(3, b.size());
        assertFalse(b.isEmpty());
        assertTrue(b.contains(2));
        assertTrue(b.contains(4));
        assertFalse(b.contains(5));
        assertFalse(b.contains(1));
        assertTrue(new Gebietsverzeichnis.Bereich(3, 3).isEmpty());
        ModellException e = assertThrows(ModellException.class, () -> new Gebietsverzeichnis.Bereich(5, 2));
        assertEquals(ModellViolation.OUT_OF_RANGE, e.violation());
        assertEquals("Gebietsverzeichnis.Bereich: expected a range [start, end) with 0 <= start <= end, was '[5, 2)'",
                e.getMessage());
        assertThrows(ModellException.class, () -> new Gebietsverzeichnis.Bereich(-1, 2));
    }
}
