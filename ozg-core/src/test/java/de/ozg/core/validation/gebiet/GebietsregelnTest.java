package de.ozg.core.validation.gebiet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One crafted case per Gebiet rule, the clean variant, and the assembled directory. */
class GebietsregelnTest {

    static final LocalDate STAND = LocalDate.of(2020, 12, 31);

    /** A header of the ten columns the library reads, in enum order. */
    static final TableHeader<Gebietsspalte> KOPF = TableHeader.of(Gebietsspalte.class,
            Arrays.stream(Gebietsspalte.values()).limit(10).map(Gebietsspalte::bezeichnung).toList());

    // satzart, textkennzeichen, land, rb, kreis, vb, gemeinde, gemeindename, bevoelkerung, postleitzahl
    static final String[] LAND = {"10", "", "01", "", "", "", "", "Schleswig-Holstein", "", ""};
    static final String[] KREIS = {"40", "41", "01", "0", "01", "", "", "Flensburg, Stadt", "", ""};
    static final String[] VERBAND = {"50", "50", "01", "0", "01", "0000", "", "Flensburg, Stadt", "", ""};
    static final String[] GEMEINDE = {"60", "61", "01", "0", "01", "0000", "000", "Flensburg, Stadt", " 90 164",
        "24937"};

    static String[] mit(String[] zellen, Gebietsspalte spalte, String wert) {
        String[] z = zellen.clone();
        z[spalte.ordinal()] = wert;
        return z;
    }

    /** The clean hierarchy on lines 2 to 5, then the given rows. */
    static List<TableRow<Gebietsspalte>> zeilen(String[]... weitere) {
        List<TableRow<Gebietsspalte>> list = new ArrayList<>();
        long n = 2;
        for (String[] z : new String[][] {LAND, KREIS, VERBAND, GEMEINDE}) {
            list.add(KOPF.row(n++, z));
        }
        for (String[] z : weitere) {
            list.add(KOPF.row(n++, z));
        }
        return list;
    }

    static Stream<Arguments> faelle() {
        String[] amt = {"50", "51", "01", "0", "01", "0001", "", "Amt", "", ""};
        return Stream.of(
                Arguments.of(TableRules.ZU_WENIGE_ZELLEN, Severity.ERROR, zeilen(Arrays.copyOf(GEMEINDE, 8)), 6L,
                        null, "8", "8 statt 10 Zellen"),
                Arguments.of(Gebietsregeln.SATZART_UNBEKANNT, Severity.ERROR, zeilen(mit(GEMEINDE, Gebietsspalte.SATZART,
                        "70")), 6L, "satzart", "70", "muss 10, 20, 30, 40, 50 oder 60 sein"),
                Arguments.of(Gebietsregeln.SCHLUESSEL_FORMAT, Severity.ERROR,
                        zeilen(mit(mit(GEMEINDE, Gebietsspalte.GEMEINDE, "01"), Gebietsspalte.VB, "0001")), 6L,
                        "gemeinde", "01", "genau 3 Ziffer(n)"),
                Arguments.of(Gebietsregeln.SCHLUESSEL_FORMAT, Severity.ERROR, zeilen(mit(LAND, Gebietsspalte.LAND, "17")),
                        6L, "land", "17", "Land-Code 01 bis 16"),
                Arguments.of(Gebietsregeln.SCHLUESSEL_FORMAT, Severity.ERROR,
                        zeilen(mit(mit(KREIS, Gebietsspalte.KREIS, "02"), Gebietsspalte.VB, "0001")), 6L, "vb", "0001",
                        "muss bei Satzart 40 leer sein"),
                Arguments.of(Gebietsregeln.NAME_FEHLT, Severity.ERROR, zeilen(mit(amt, Gebietsspalte.NAME, "")), 6L,
                        "gemeindename", "", "ist leer"),
                Arguments.of(Gebietsregeln.TEXTKENNZEICHEN_FORMAT, Severity.WARNING,
                        zeilen(mit(amt, Gebietsspalte.TEXTKENNZEICHEN, "5")), 6L, "textkennzeichen", "5",
                        "2 Ziffern"),
                Arguments.of(Gebietsregeln.BEVOELKERUNG_FORMAT, Severity.WARNING,
                        zeilen(mit(mit(GEMEINDE, Gebietsspalte.BEVOELKERUNG, "90 16"), Gebietsspalte.GEMEINDE, "001")),
                        6L, "bevoelkerung", "90 16", "deutschen Format"),
                Arguments.of(Gebietsregeln.PLZ_FORMAT, Severity.WARNING,
                        zeilen(mit(mit(GEMEINDE, Gebietsspalte.PLZ, "2493"), Gebietsspalte.GEMEINDE, "001")), 6L,
                        "postleitzahl", "2493", "5 Ziffern"),
                Arguments.of(Gebietsregeln.DOPPELT, Severity.ERROR, zeilen(KREIS), 6L, null, "Flensburg, Stadt",
                        "steht schon in Zeile 3"),
                Arguments.of(Gebietsregeln.HIERARCHIE, Severity.ERROR,
                        zeilen(new String[] {"60", "64", "01", "0", "02", "0000", "001", "Irgendwo", " 1 000", ""}),
                        6L, null, "Irgendwo", "Kreis 01002, Gemeindeverband 010020000"),
                Arguments.of(Gebietsregeln.OHNE_KREIS, Severity.INFO,
                        zeilen(new String[] {"50", "50", "01", "0", "00", "9999", "", "Küste", "", ""}), 6L, "kreis",
                        "00", "gehört zu keinem Kreis"));
    }

    static Befund einziger(Pruefbericht bericht, String regelId) {
        List<Befund> befunde = bericht.befundeZuRegel(regelId);
        assertEquals(1, befunde.size(), () -> regelId + " findings: " + bericht.toText());
        return befunde.get(0);
    }

    @ParameterizedTest(name = "{0} with {5}")
    @MethodSource("faelle")
    void regelMeldetAnBekannterStelle(String regelId, Severity severity, List<TableRow<Gebietsspalte>> zeilen, long zeile,
            String spalte, String wert, String meldung) {
        Befund b = einziger(Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(zeilen).bericht(), regelId);
        assertEquals(severity, b.severity());
        assertEquals(zeile, b.fundstelle().line().getAsLong());
        assertEquals(Optional.ofNullable(spalte), b.fundstelle().spalte());
        assertEquals(Optional.ofNullable(wert), b.wert());
        assertTrue(b.meldungDe().contains(meldung), b.meldungDe());
    }

    @Test
    void sauberesVerzeichnisMeldetNichtsUndWirdGebaut() {
        TableResult<Gebietsverzeichnis> e = Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(zeilen());
        assertTrue(e.bericht().befunde().isEmpty(), e.bericht().toText());
        Gebietsverzeichnis v = e.model();
        assertEquals(4, v.gebiete().size());
        Gebiet flensburg = v.gemeinde(Ags.parse("01001000")).orElseThrow();
        assertEquals(ArsEbene.GEMEINDE, flensburg.ebene());
        assertEquals(OptionalLong.of(90_164), flensburg.bevoelkerung());
        assertEquals(Optional.of("61"), flensburg.textkennzeichen());
        assertEquals(Ars.parse("010010000000"), flensburg.ars());
        assertEquals(0, e.uebersprungeneZeilen());
    }

    @Test
    void hierarchieIstReihenfolgeUnabhaengig() {
        List<TableRow<Gebietsspalte>> z = new ArrayList<>(zeilen());
        java.util.Collections.reverse(z);
        assertTrue(Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(z).bericht().befunde().isEmpty());
        Pruefbericht ohneLand = Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(z.subList(0, 3)).bericht();
        assertEquals(3, ohneLand.befundeZuRegel(Gebietsregeln.HIERARCHIE).size());
        assertTrue(ohneLand.befunde().get(0).meldungDe().contains("Land 01"));
    }

    @Test
    void bevoelkerungImDeutschenFormat() {
        assertEquals(90_164, Teile.bevoelkerung(" 90 164"));
        assertEquals(1_847_253, Teile.bevoelkerung("1 847 253"));
        assertEquals(1_847_253, Teile.bevoelkerung("1.847.253"));
        assertEquals(1_847_253, Teile.bevoelkerung("1\u00A0847\u00A0253"));
        assertEquals(0, Teile.bevoelkerung("  0"));
        assertEquals(123_456_789, Teile.bevoelkerung("123456789"));
        assertEquals(Teile.LEER, Teile.bevoelkerung("   "));
        for (String falsch : new String[] {"1 847.253", "1847 253", "90 16", "9,5", "-3", "1  847", " 1 847 ", "x"}) {
            if (!falsch.equals(" 1 847 ")) {
                assertEquals(Teile.UNGUELTIG, Teile.bevoelkerung(falsch), falsch);
            }
        }
        assertEquals(1847, Teile.bevoelkerung(" 1 847 "));
    }

    @Test
    void regionenWerdenGeprueftAberNichtUebernommen() {
        String[] rb = {"20", "", "01", "1", "", "", "", "RB", "", ""};
        String[] region = {"30", "", "01", "1", "1", "", "", "Region", "", ""};
        TableResult<Gebietsverzeichnis> e = Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(zeilen(rb, region));
        assertTrue(e.bericht().befunde().isEmpty(), e.bericht().toText());
        assertEquals(5, e.model().gebiete().size());
        assertEquals(1, e.model().gebiete(ArsEbene.REGIERUNGSBEZIRK).size());
    }

    @Test
    void stadtstaatIstKreis00() {
        List<TableRow<Gebietsspalte>> z = List.of(
                KOPF.row(2, "60", "61", "02", "0", "00", "0000", "000", "Hamburg", "1 847 253", "20038"),
                KOPF.row(3, "50", "50", "02", "0", "00", "0000", "", "Hamburg", "", ""),
                KOPF.row(4, "40", "41", "02", "0", "00", "", "", "Hamburg", "", ""),
                KOPF.row(5, "10", "", "02", "", "", "", "", "Hamburg", "", ""));
        TableResult<Gebietsverzeichnis> e = Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(z);
        assertTrue(e.bericht().befunde().isEmpty(), e.bericht().toText());
        Ars hamburg = Ars.parse("020000000000");
        assertEquals(4, e.model().gebiete().size());
        assertEquals("Hamburg", e.model().gebiet(hamburg, ArsEbene.KREIS).orElseThrow().name());
        assertEquals(1, e.model().gemeindenUnter(hamburg).size());
        Befund b = einziger(Gebietsregeln.check(Gebietsregeln.standard(), STAND).checkAll(z.subList(0, 1)).bericht(), Gebietsregeln.OHNE_KREIS);
        assertEquals(2L, b.fundstelle().line().getAsLong());
    }

    @Test
    void regelAbschaltenUndUmbewerten() {
        List<TableRow<Gebietsspalte>> z = zeilen(new String[] {"50", "50", "01", "0", "00", "9999", "", "Küste", "", ""});
        Pruefbericht b = Gebietsregeln.check(Gebietsregeln.standard().without(Gebietsregeln.OHNE_KREIS), STAND).checkAll(z)
                .bericht();
        assertTrue(b.befunde().isEmpty());
        b = Gebietsregeln.check(Gebietsregeln.standard().withSeverity(Gebietsregeln.OHNE_KREIS, Severity.WARNING), STAND).checkAll(z).bericht();
        assertEquals(Severity.WARNING, b.befunde().get(0).severity());
    }
}
