package de.ozg.core.validation.katalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One crafted case per catalogue rule: the rule fires at a known cell, the clean variant is silent. */
class KatalogregelnTest {

    static final LocalDate STAND = LocalDate.of(2019, 12, 31);

    /** The header of the published layout. */
    static final TableHeader<Katalogspalte> KOPF = TableHeader.standard(Katalogspalte.class);

    /** Cells of a clean row of bundle 10000, in column order. */
    static String[] zelle(String ozgId, String schluessel) {
        return new String[] {"Familie & Kind", "Geburt", ozgId, "Elterngeld", schluessel, "Elterngeld " + schluessel,
            "2/3", "§ 1 BEEG", "Bundeselterngeld- und Elternzeitgesetz", "BEEG", "1", "0"};
    }

    static String[] mit(String[] zellen, Katalogspalte spalte, String wert) {
        String[] z = zellen.clone();
        z[spalte.ordinal()] = wert;
        return z;
    }

    static String[] plus(String[] zellen, String weitere) {
        String[] z = Arrays.copyOf(zellen, zellen.length + 1);
        z[zellen.length] = weitere;
        return z;
    }

    /** Three clean rows on lines 2 to 4; the case replaces line 4 (and may add more). */
    static List<TableRow<Katalogspalte>> zeilen(String[]... weitere) {
        List<TableRow<Katalogspalte>> list = new ArrayList<>();
        list.add(KOPF.row(2, zelle("10000", "99041006000000")));
        list.add(KOPF.row(3, zelle("10000", "99041006013000")));
        long n = 4;
        for (String[] z : weitere) {
            list.add(KOPF.row(n++, z));
        }
        return list;
    }

    static Regelwerk<TableRow<Katalogspalte>> regeln() {
        return Katalogregeln.standard().without(Katalogregeln.KENNZAHLEN);
    }

    static Pruefbericht bericht(List<TableRow<Katalogspalte>> zeilen) {
        return Katalogregeln.check(regeln(), STAND).checkAll(zeilen).bericht();
    }

    static Befund einziger(Pruefbericht bericht, String regelId) {
        List<Befund> befunde = bericht.befundeZuRegel(regelId);
        assertEquals(1, befunde.size(), () -> regelId + " findings: " + bericht.toText());
        return befunde.get(0);
    }

    static Stream<Arguments> faelle() {
        String[] ok = zelle("10000", "99041006014000");
        return Stream.of(
                Arguments.of(TableRules.ZU_WENIGE_ZELLEN, Severity.ERROR, zeilen(Arrays.copyOf(ok, 10)), 4L, null,
                        "10", "10 statt 12 Zellen; es fehlen SDG1-Relevanz, SDG2-Relevanz"),
                Arguments.of(TableRules.ZU_VIELE_ZELLEN, Severity.WARNING,
                        zeilen(plus(ok, "Bemerkung")), 4L, null, "13", "13 statt 12 Zellen"),
                Arguments.of(Katalogregeln.PFLICHTFELD, Severity.ERROR,
                        zeilen(mit(ok, Katalogspalte.OZG_LEISTUNG, " ")), 4L, "OZG-Leistung", " ",
                        "Pflichtspalte „OZG-Leistung“ ist leer"),
                Arguments.of(Katalogregeln.LEERZEICHEN, Severity.WARNING,
                        zeilen(mit(ok, Katalogspalte.LEIKA_BEZEICHNUNG, "Elterngeld Antrag\u00A0")), 4L,
                        "LeiKa-Bezeichnung", "Elterngeld Antrag\u00A0", "Leerzeichen am Rand"),
                Arguments.of(Katalogregeln.OZG_ID_FORMAT, Severity.ERROR, zeilen(mit(ok, Katalogspalte.OZG_ID, "1000O")),
                        4L, "OZG-ID", "1000O", "genau 5 Ziffern"),
                Arguments.of(Katalogregeln.OZG_ID_FORMAT, Severity.ERROR, zeilen(mit(ok, Katalogspalte.OZG_ID, "1000")),
                        4L, "OZG-ID", "1000", "4 statt 5 Ziffern"),
                Arguments.of(Katalogregeln.OZG_ID_BEREINIGT, Severity.WARNING,
                        zeilen(mit(ok, Katalogspalte.OZG_ID, " 10000 ")), 4L, "OZG-ID", " 10000 ",
                        "2 umgebende(s) Leerzeichen entfernt"),
                Arguments.of(Katalogregeln.OZG_ID_BEREICH, Severity.WARNING, zeilen(zelle("20000", "99041006014000")),
                        4L, "OZG-ID", "20000", "außerhalb des üblichen Bereichs"),
                Arguments.of(Katalogregeln.LEIKA_FORMAT, Severity.ERROR,
                        zeilen(mit(ok, Katalogspalte.LEIKA_SCHLUESSEL, "9904100601400")), 4L, "LeiKa-Schlüssel",
                        "9904100601400", "13 statt 14 Ziffern"),
                Arguments.of(Katalogregeln.LEIKA_FORMAT, Severity.ERROR,
                        zeilen(mit(ok, Katalogspalte.LEIKA_SCHLUESSEL, "99041006000001")), 4L, "LeiKa-Schlüssel",
                        "99041006000001", "Verrichtungsdetail"),
                Arguments.of(Katalogregeln.LEIKA_BEREINIGT, Severity.WARNING,
                        zeilen(mit(ok, Katalogspalte.LEIKA_SCHLUESSEL, "99041006014000\u200B")), 4L,
                        "LeiKa-Schlüssel", "99041006014000\u200B", "unsichtbare(s) Zeichen ohne Breite entfernt"),
                Arguments.of(Katalogregeln.LEIKA_PLATZHALTER, Severity.INFO,
                        zeilen(mit(ok, Katalogspalte.LEIKA_SCHLUESSEL, "nicht im LeiKa")), 4L, "LeiKa-Schlüssel",
                        "nicht im LeiKa", "ohne LeiKa-Schlüssel"),
                Arguments.of(Katalogregeln.LEIKA_REGIONAL, Severity.INFO,
                        zeilen(mit(ok, Katalogspalte.LEIKA_SCHLUESSEL, "15041006014000")), 4L, "LeiKa-Schlüssel",
                        "15041006014000", "nicht aus dem Bundeskatalog"),
                Arguments.of(Katalogregeln.THEMENFELD_UNBEKANNT, Severity.ERROR,
                        zeilen(mit(ok, Katalogspalte.THEMENFELD, "Familie")), 4L, "Themenfeld", "Familie",
                        "kein bekanntes Themenfeld"),
                Arguments.of(Katalogregeln.THEMENFELD_SCHREIBWEISE, Severity.INFO,
                        zeilen(mit(ok, Katalogspalte.THEMENFELD, "Familie und Kind"),
                                mit(zelle("10000", "99041006015000"), Katalogspalte.THEMENFELD, "Familie und Kind")),
                        4L, "Themenfeld", "Familie und Kind", "für das Themenfeld „Familie & Kind“"),
                Arguments.of(Katalogregeln.TYPISIERUNG_UNBEKANNT, Severity.ERROR,
                        zeilen(mit(ok, Katalogspalte.LEIKA_TYP, "1, 2/3 a")), 4L, "LeiKa-Typ", "1, 2/3 a",
                        "unbekannten Typisierungs-Code '2/3 a'"),
                Arguments.of(Katalogregeln.TYPISIERUNG_LEER, Severity.WARNING,
                        zeilen(mit(ok, Katalogspalte.LEIKA_TYP, "")), 4L, "LeiKa-Typ", "", "ist leer"),
                Arguments.of(Katalogregeln.SDG_FORMAT, Severity.ERROR, zeilen(mit(ok, Katalogspalte.SDG2, "ja")), 4L,
                        "SDG2-Relevanz", "ja", "muss 0, 1 oder leer sein"),
                Arguments.of(Katalogregeln.LEIKA_MEHRFACH, Severity.ERROR,
                        zeilen(zelle("10001", "99041006013000")), 4L, "LeiKa-Schlüssel", "99041006013000",
                        "schon in Zeile 3 unter OZG-ID 10000"),
                Arguments.of(Katalogregeln.LEIKA_DOPPELT, Severity.ERROR,
                        zeilen(mit(zelle("10000", "99041006013000"), Katalogspalte.LEIKA_TYP, "1")), 4L,
                        "LeiKa-Schlüssel", "99041006013000", "schon in Zeile 3 mit anderem Inhalt"),
                Arguments.of(Katalogregeln.OZG_WIDERSPRUCH, Severity.ERROR,
                        zeilen(mit(ok, Katalogspalte.OZG_LEISTUNG, "Elterngeld Plus")), 4L, "OZG-Leistung",
                        "Elterngeld Plus", "in Zeile 2 aber 'Elterngeld'"),
                Arguments.of(Katalogregeln.OZG_WIDERSPRUCH, Severity.ERROR,
                        zeilen(mit(mit(ok, Katalogspalte.THEMENFELD, "Bildung"), Katalogspalte.LEBENSLAGE, "Geburt")),
                        4L, "Themenfeld", "Bildung", "in Zeile 2 aber 'Familie & Kind'"),
                Arguments.of(Katalogregeln.DUPLIKAT, Severity.WARNING, zeilen(zelle("10000", "99041006013000")), 4L,
                        null, "99041006013000", "wiederholt Zeile 3 genau"));
    }

    @ParameterizedTest(name = "{0} at {4}")
    @MethodSource("faelle")
    void regelMeldetAnBekannterStelle(String regelId, Severity severity, List<TableRow<Katalogspalte>> zeilen, long zeile,
            String spalte, String wert, String meldung) {
        Befund b = einziger(bericht(zeilen), regelId);
        assertEquals(severity, b.severity());
        assertEquals(zeile, b.fundstelle().line().getAsLong());
        assertEquals(Optional.ofNullable(spalte), b.fundstelle().spalte());
        assertEquals(Optional.ofNullable(wert), b.wert());
        assertTrue(b.meldungDe().contains(meldung), b.meldungDe());
        assertTrue(!b.meldungEn().isBlank() && !b.meldungEn().equals(b.meldungDe()));
    }

    @Test
    void sauberePaketeMeldenNichts() {
        List<TableRow<Katalogspalte>> z = zeilen(zelle("10000", "99041006014000"),
                mit(mit(mit(zelle("10400", "99001001000000"), Katalogspalte.THEMENFELD, "Bildung"),
                        Katalogspalte.LEBENSLAGE, "Studium"), Katalogspalte.OZG_LEISTUNG, "BAföG"),
                mit(mit(zelle("10000", "nicht im LeiKa"), Katalogspalte.LEIKA_BEZEICHNUNG, "Beratung"),
                        Katalogspalte.SDG1, ""));
        Pruefbericht b = bericht(z);
        assertEquals(1, b.befunde().size(), b.toText());
        assertEquals(Katalogregeln.LEIKA_PLATZHALTER, b.befunde().get(0).regelId());
        assertTrue(bericht(z.subList(0, 4)).befunde().isEmpty());
    }

    @Test
    void kopfOhnePflichtspalteWirdEinmalJeSpalteGemeldet() {
        TableHeader<Katalogspalte> kopf = TableHeader.of(Katalogspalte.class, List.of("Themenfeld", "Lebenslage",
                "OZG-ID", "OZG-Leistung", "Leistungsbezeichnung", "LeiKa-Typ")).withQuelle("k.csv");
        List<TableRow<Katalogspalte>> z = List.of(
                kopf.row(2, "Familie & Kind", "Geburt", "10000", "Elterngeld", "Elterngeld", "2/3"),
                kopf.row(3, "Familie & Kind", "Geburt", "10000", "Elterngeld", "Elterngeld Antrag", "2/3"));
        Pruefbericht b = bericht(z);
        Befund f = einziger(b, TableRules.PFLICHTSPALTE_FEHLT);
        assertEquals(Fundstelle.ofLine(1, "LeiKa-Schlüssel").withQuelle("k.csv"), f.fundstelle());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.meldungDe().contains("„LeiKa-Schlüssel“ (auch: Leistungsschlüssel, LeiKa-Key) fehlt"),
                f.meldungDe());
        assertTrue(b.befundeZuRegel(Katalogregeln.PFLICHTFELD).isEmpty());
    }

    @Test
    void spaltennamenKommenAusDerKopfzeile() {
        TableHeader<Katalogspalte> kopf = TableHeader.of(Katalogspalte.class, List.of(" ozg-id ", "Themenfeld"));
        TableRow<Katalogspalte> z = kopf.row(7, "1000", "Familie & Kind");
        Befund b = einziger(bericht(List.of(z)), Katalogregeln.OZG_ID_FORMAT);
        assertEquals(Optional.of("ozg-id"), b.fundstelle().spalte());
        assertEquals(Optional.empty(), z.cell(Katalogspalte.LEBENSLAGE));
        assertEquals(Optional.of("1000"), z.cell(Katalogspalte.OZG_ID));
    }

    @Test
    void lebenslageUnterZweitemThemenfeldMeldetDieSeltenereZuordnung() {
        String[] a = mit(mit(zelle("10400", "99001001000000"), Katalogspalte.THEMENFELD, "Bildung"),
                Katalogspalte.OZG_LEISTUNG, "BAföG");
        List<TableRow<Katalogspalte>> z = zeilen(a, mit(zelle("10001", "99041006016000"), Katalogspalte.OZG_LEISTUNG, "Kindergeld"));
        Befund b = einziger(bericht(z), Katalogregeln.LEBENSLAGE_THEMENFELD);
        assertEquals(Severity.WARNING, b.severity());
        assertEquals(4L, b.fundstelle().line().getAsLong());
        assertEquals(Optional.of("Lebenslage"), b.fundstelle().spalte());
        assertTrue(b.meldungDe().contains("unter dem Themenfeld „Bildung“ (1 OZG-Leistung(en)), sonst unter"
                + " „Familie & Kind“ (2 OZG-Leistung(en), erstmals in Zeile 2)"), b.meldungDe());
    }

    @Test
    void kennzahlenSindHinweiseAmEnde() {
        TableResult<OzgKatalog> e = Katalogregeln.check(Katalogregeln.standard(), STAND).checkAll(zeilen());
        List<Befund> b = e.bericht().befundeZuRegel(Katalogregeln.KENNZAHLEN);
        assertEquals(2, b.size());
        assertTrue(b.stream().allMatch(x -> x.severity() == Severity.INFO && x.fundstelle().line().isEmpty()));
        assertTrue(b.get(0).meldungDe().contains("1 OZG-Leistungen, das Programm zählt 575"), b.get(0).meldungDe());
        assertTrue(b.get(1).meldungDe().contains("1 Themenfelder, das Programm zählt 14"));
        assertTrue(Katalogregeln.check(Katalogregeln.withKennzahlen(1, 1), STAND).checkAll(zeilen()).bericht().befunde()
                .isEmpty());
    }
}
