package de.ozg.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRowTest {

    private static final TableHeader<Testspalte> KOPF = TableHeader.of(Testspalte.class,
            List.of("Themenfeld", "OZG-ID", "Lage")).withQuelle("f.csv");

    @Test
    void aBlankCellIsAbsentButItsRawTextRemains() {
        TableRow<Testspalte> r = KOPF.row(4, "Umwelt", " 10500 ", "\u00A0\u200B ");
        assertEquals(Optional.of(" 10500 "), r.cell(Testspalte.OZG_ID), "nothing is trimmed");
        assertEquals(Optional.empty(), r.cell(Testspalte.LEBENSLAGE));
        assertEquals("\u00A0\u200B ", r.rawCell(Testspalte.LEBENSLAGE));
        assertTrue(TableRow.isBlank(""));
        assertTrue(TableRow.isBlank("\t\u202F\uFEFF"));
        assertFalse(TableRow.isBlank(" x "));
    }

    @Test
    void aShortRowLacksItsLastCellsAndEmptySurplusCellsDoNotCount() {
        TableRow<Testspalte> kurz = KOPF.row(5, "Umwelt");
        assertNull(kurz.rawCell(Testspalte.OZG_ID));
        assertEquals(Optional.empty(), kurz.cell(Testspalte.OZG_ID));
        assertEquals(1, kurz.cellCount());
        assertEquals(3, kurz.expectedCellCount());
        TableRow<Testspalte> lang = KOPF.row(6, "Umwelt", "10500", "Abfall", "", "");
        assertEquals(3, lang.cellCount());
        assertEquals(List.of("Umwelt", "10500", "Abfall"), lang.cells());
        assertEquals(4, KOPF.row(6, "Umwelt", "10500", "Abfall", "x", "").cellCount());
    }

    @Test
    void locationsNameLineColumnAsWrittenAndFile() {
        TableRow<Testspalte> r = KOPF.row(9, "Umwelt", "10500", "Abfall");
        assertEquals(Fundstelle.ofLine(9).withQuelle("f.csv"), r.fundstelle());
        assertEquals(Fundstelle.ofLine(9, "Lage").withQuelle("f.csv"), r.fundstelle(Testspalte.LEBENSLAGE));
        assertEquals(Optional.of("f.csv"), r.quelle());
        assertThrows(RegelwerkException.class, () -> KOPF.row(0, "x"));
        assertThrows(NullPointerException.class, () -> KOPF.row(2, "x", null, "y"));
    }

    @Test
    void rowsAreValuesAndTheirCellsCannotBeChanged() {
        String[] zellen = {"Umwelt", "10500", "Abfall"};
        TableRow<Testspalte> r = KOPF.row(9, zellen);
        zellen[0] = "geändert";
        assertEquals("Umwelt", r.rawCell(Testspalte.THEMENFELD));
        assertEquals(r, KOPF.row(9, List.of("Umwelt", "10500", "Abfall")));
        assertEquals(r.hashCode(), KOPF.row(9, "Umwelt", "10500", "Abfall").hashCode());
        assertFalse(r.equals(KOPF.row(10, "Umwelt", "10500", "Abfall")));
        assertThrows(UnsupportedOperationException.class, () -> r.cells().set(0, "x"));
        assertEquals("TableRow[9, OZG-ID='10500', Themenfeld='Umwelt', Lebenslage='Abfall']", r.toString());
    }

    @Test
    void theCellCountCheckNamesTheMissingColumns() {
        List<Befund> found = new ArrayList<>();
        TableRules.checkCells(KOPF.row(5, "Umwelt"), Severity.ERROR, found::add);
        TableRules.checkCells(KOPF.row(6, "Umwelt", "10500", "Abfall"), Severity.ERROR, found::add);
        TableRules.checkCells(KOPF.row(7, "Umwelt", "10500", "Abfall", "x"), Severity.ERROR, found::add);
        assertEquals(List.of(TableRules.ZU_WENIGE_ZELLEN, TableRules.ZU_VIELE_ZELLEN),
                found.stream().map(Befund::regelId).toList());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals("Die Zeile hat 1 statt 3 Zellen; es fehlen OZG-ID, Lage", found.get(0).meldungDe());
        assertEquals(Severity.WARNING, found.get(1).severity());
        assertEquals(Fundstelle.ofLine(7).withQuelle("f.csv"), found.get(1).fundstelle());
    }
}
