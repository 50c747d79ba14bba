package de.ozg.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpaltennameTest {

    @Test
    void spellingVariantsOfOneColumnShareTheKey() {
        List<String> variants = List.of("LeiKa-Schlüssel", "leika_schluessel", "Leika Schluessel",
                "LEIKA-SCHLÜSSEL", "LeiKa\u00A0Schlüssel  ", "\uFEFFLeiKa-Schlüssel", "\u00EF\u00BB\u00BFleika-schlüssel",
                "Leika-Schlu\u0308ssel");
        for (String variant : variants) {
            assertEquals("leikaschluessel", Spaltenname.normalize(variant), variant);
            assertEquals(Spaltenname.of("LeiKa-Schlüssel"), Spaltenname.of(variant), variant);
        }
        assertEquals("strasse", Spaltenname.normalize("Straße"));
        assertEquals("rechtsgrundlagen", Spaltenname.normalize("Rechtsgrundlage(n)"));
        assertEquals("", Spaltenname.normalize(" \u00A0-_ "));
    }

    @Test
    void differentNamesStayDifferentAndTheTextIsKept() {
        assertNotEquals(Spaltenname.of("OZG-ID"), Spaltenname.of("OZG-Leistung"));
        assertFalse(Spaltenname.of("Lebenslage").matches("Lage"));
        assertEquals("LeiKa-Schlüssel ", Spaltenname.of("LeiKa-Schlüssel ").text());
    }

    @Test
    void aliasesAreMatchedTolerantlyAndMustNotCollide() {
        Spalte lebenslage = Spalte.optional("Lebenslage", "Lage");
        assertTrue(lebenslage.matches("LAGE "));
        assertFalse(lebenslage.isRequired());
        Spaltenschema schema = Spaltenschema.of(lebenslage, Spalte.required("OZG-ID"));
        assertEquals(Optional.of(lebenslage), schema.find("lage"));
        assertEquals(Optional.empty(), schema.find("Themenfeld"));
        assertThrows(IllegalArgumentException.class,
                () -> Spaltenschema.of(Spalte.required("Lage"), Spalte.optional("Lebenslage", "lage")));
        assertThrows(IllegalArgumentException.class, () -> Spalte.required(" - "));
    }

    @Test
    void matchingAHeaderYieldsIndexesExtrasAndMissingColumns() {
        Spaltenschema schema = Spaltenschema.of(Spalte.required("OZG-ID"), Spalte.required("Themenfeld"),
                Spalte.optional("Lebenslage", "Lage"));
        Spaltenzuordnung m = schema.match(List.of("Lage", "Notiz", "ozg id"), 3);
        assertEquals(2, m.index("OZG-ID").getAsInt());
        assertEquals(0, m.index(schema.spalten().get(2)).getAsInt());
        assertTrue(m.index("Themenfeld").isEmpty());
        assertEquals(List.of("Notiz"), m.extraColumns());
        assertEquals(List.of(schema.spalten().get(1)), m.missingRequired());
        assertFalse(m.isComplete());
        assertEquals(2, m.problems().size());
        assertTrue(m.problems().stream().allMatch(p -> p.line() == 3));
        assertThrows(IllegalArgumentException.class, () -> m.index("Unbekannt"));
    }
}
