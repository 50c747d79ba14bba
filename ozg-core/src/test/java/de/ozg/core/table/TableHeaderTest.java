package de.ozg.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TableHeaderTest {

    /** Two columns whose names fold to the same key. */
    enum Kollision implements TableColumn {
        A("Lage"),
        B("LAGE");

        private final String name;

        Kollision(String name) {
            this.name = name;
        }

        @Override
        public String bezeichnung() {
            return name;
        }

        @Override
        public boolean isRequired() {
            return false;
        }
    }

    /** A constant without declaration in an enum that does not override the accessors. */
    enum Vergessen implements TableColumn {
        @Declared("A")
        A,
        B
    }

    @Test
    void anUndeclaredColumnFailsWithAClearMessage() {
        assertEquals("A", Vergessen.A.bezeichnung());
        assertEquals(List.of(), Vergessen.B.aliases());
        IllegalStateException e = assertThrows(IllegalStateException.class, Vergessen.B::bezeichnung);
        assertTrue(e.getMessage().contains("Vergessen.B is not declared"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> TableHeader.standard(Vergessen.class));
        assertEquals(List.of(), Kollision.A.aliases(), "an enum overriding the accessors needs no declaration");
    }

    @Test
    void spellingVariantsOfOneColumnShareTheKey() {
        List<String> variants = List.of("LeiKa-Schlüssel", "leika_schluessel", "Leika Schluessel",
                "LEIKA-SCHLÜSSEL", "LeiKa\u00A0Schlüssel  ", "\uFEFFLeiKa-Schlüssel", "\u00EF\u00BB\u00BFleika-schlüssel",
                "Leika-Schlu\u0308ssel");
        for (String variant : variants) {
            assertEquals("leikaschluessel", TableColumn.key(variant), variant);
        }
        assertEquals("strasse", TableColumn.key("Straße"));
        assertEquals("rechtsgrundlagen", TableColumn.key("Rechtsgrundlage(n)"));
        assertEquals("", TableColumn.key(" \u00A0-_ "));
        assertNotEquals(TableColumn.key("Lebenslage"), TableColumn.key("Lage"));
    }

    @Test
    void findMatchesNamesAndAliasesTolerantly() {
        assertEquals(Optional.of(Testspalte.LEBENSLAGE), TableColumn.find(Testspalte.class, "LAGE "));
        assertEquals(Optional.of(Testspalte.OZG_ID), TableColumn.find(Testspalte.class, "ozg_id"));
        assertEquals(Optional.empty(), TableColumn.find(Testspalte.class, "Notiz"));
        assertEquals(Optional.empty(), TableColumn.find(Testspalte.class, null));
        assertThrows(IllegalArgumentException.class, () -> TableColumn.find(Kollision.class, "Lage"));
    }

    @Test
    void aHeaderRowMapsItsCellsInAnyOrder() {
        TableHeader<Testspalte> h = TableHeader.of(Testspalte.class, List.of("Lage", "Notiz", " ozg id ", "", "Lebenslage"));
        assertEquals(OptionalInt.of(2), h.position(Testspalte.OZG_ID));
        assertEquals(OptionalInt.of(0), h.position(Testspalte.LEBENSLAGE), "the first of two cells wins");
        assertFalse(h.has(Testspalte.THEMENFELD));
        assertEquals(List.of(Testspalte.THEMENFELD), h.missingRequired());
        assertEquals("ozg id", h.columnName(Testspalte.OZG_ID));
        assertEquals("Themenfeld", h.columnName(Testspalte.THEMENFELD));
        assertEquals(Map.of(Testspalte.OZG_ID, "ozg id", Testspalte.LEBENSLAGE, "Lage"), h.columnNames());
        assertEquals(Optional.of(Testspalte.LEBENSLAGE), h.columnAt(4));
        assertEquals(Optional.empty(), h.columnAt(1));
        assertEquals(5, h.cellCount());
        assertEquals(1, h.line());
        assertEquals(Fundstelle.ofLine(3).withQuelle("f.csv"), h.withLine(3).withQuelle("f.csv").fundstelle());
        assertThrows(RegelwerkException.class, () -> h.withLine(0));
    }

    @Test
    void theHeaderChecksReportEveryOddCellWithTheStandardSeverity() {
        TableHeader<Testspalte> h = TableHeader.of(Testspalte.class, List.of("Lage", "Notiz", " ozg id ", " ", "Lebenslage"))
                .withQuelle("f.csv");
        List<Befund> found = new ArrayList<>();
        TableRules.checkHeader(h, found::add);
        assertEquals(List.of(TableRules.SPALTE_UNBEKANNT, TableRules.SPALTE_OHNE_NAMEN, TableRules.SPALTE_DOPPELT,
                TableRules.PFLICHTSPALTE_FEHLT), found.stream().map(Befund::regelId).toList());
        assertEquals(List.of(Severity.INFO, Severity.INFO, Severity.WARNING, Severity.ERROR),
                found.stream().map(Befund::severity).toList());
        assertEquals(Fundstelle.ofLine(1, "Notiz").withQuelle("f.csv"), found.get(0).fundstelle());
        assertEquals(Fundstelle.ofLine(1).withQuelle("f.csv"), found.get(1).fundstelle());
        assertEquals("Spalte 5 „Lebenslage“ benennt dieselbe Spalte „Lebenslage“ wie Spalte 1 „Lage“; gelesen wird die"
                + " erste.", found.get(2).meldungDe());
        assertEquals("The required column 'Themenfeld' is missing from the header row.", found.get(3).meldungEn());
        assertEquals(Fundstelle.ofLine(1, "Themenfeld").withQuelle("f.csv"), found.get(3).fundstelle());
    }

    @Test
    void theStandardHeaderIsThePublishedLayout() {
        TableHeader<Testspalte> h = TableHeader.standard(Testspalte.class);
        assertEquals(List.of("OZG-ID", "Themenfeld", "Lebenslage"), h.cells());
        assertTrue(h.missingRequired().isEmpty());
        List<Befund> found = new ArrayList<>();
        TableRules.checkHeader(h, found::add);
        assertEquals(List.of(), found);
        assertEquals(h, TableHeader.of(Testspalte.class, List.of("OZG-ID", "Themenfeld", "Lebenslage")));
        assertNotEquals(h, h.withQuelle("x.csv"));
    }
}
