package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NormalisierungTest {

    @Test
    void canonicalInputYieldsNoChanges() {
        Normalisierung<Ars> n = Ars.normalize("010010000000");
        assertTrue(n.isErfolgreich());
        assertFalse(n.isVeraendert());
        assertEquals(List.of(), n.aenderungen());
        assertEquals(Optional.of("010010000000"), n.eingabe());
        assertEquals(Optional.of("010010000000"), n.bereinigt());
        assertEquals(Optional.empty(), n.fehler());
    }

    @Test
    void reportsEveryKindOfRepair() {
        String dirty = " \u00a0\u202f\u200b１５００２０００\u2060\t";
        Normalisierung<Ags> n = Ags.normalize(dirty);
        assertEquals(Ags.parse("15002000"), n.orElseThrow());
        assertEquals(Optional.of(dirty), n.eingabe());
        assertEquals(List.of(Aenderung.of(AenderungsArt.STRIPPED_BLANKS, 2),
                Aenderung.of(AenderungsArt.REMOVED_NBSP, 2),
                Aenderung.of(AenderungsArt.REMOVED_ZERO_WIDTH, 2),
                Aenderung.of(AenderungsArt.CONVERTED_FULLWIDTH_DIGITS, 8)), n.aenderungen());
        assertEquals("2 umgebende(s) Leerzeichen entfernt", n.aenderungen().get(0).beschreibungDe());
        assertEquals("converted 8 full-width digit(s) to 0-9", n.aenderungen().get(3).beschreibungEn());
    }

    @Test
    void zeroWidthInsideIsRemovedButBlanksInsideStay() {
        Normalisierung<Ars> inner = Ars.normalize("0100\u200b10000000");
        assertEquals(Ars.parse("010010000000"), inner.orElseThrow());
        Normalisierung<Ars> space = Ars.normalize("01001 0000000");
        assertFalse(space.isErfolgreich());
        assertEquals(IdFormatViolation.NON_DIGIT, space.fehler().orElseThrow().violation());
        Normalisierung<Ars> nbsp = Ars.normalize("01001\u00a00000000");
        assertFalse(nbsp.isErfolgreich());
    }

    @Test
    void blanksAndLeadingZeroTogether() {
        Normalisierung<Ags> n = Ags.normalize(" 1001000 ");
        assertEquals(Ags.parse("01001000"), n.orElseThrow());
        assertEquals(List.of(Aenderung.of(AenderungsArt.STRIPPED_BLANKS, 2),
                Aenderung.of(AenderungsArt.RESTORED_LEADING_ZERO, 1)), n.aenderungen());
    }

    @Test
    void failureKeepsTheChangesAndTheException() {
        Normalisierung<Ars> n = Ars.normalize(" 01O010000000 ");
        assertFalse(n.isErfolgreich());
        assertEquals(Optional.empty(), n.wert());
        assertEquals(List.of(Aenderung.of(AenderungsArt.STRIPPED_BLANKS, 2)), n.aenderungen());
        IdFormatException e = n.fehler().orElseThrow();
        assertEquals("ARS must contain only digits 0-9, found 'O' at position 3: '01O010000000'", e.getMessage());
        assertSame(e, assertThrows(IdFormatException.class, n::orElseThrow));
    }

    @Test
    void nullAndBlank() {
        Normalisierung<OzgId> nul = OzgId.normalize(null);
        assertEquals(Optional.empty(), nul.eingabe());
        assertEquals(IdFormatViolation.NULL, nul.fehler().orElseThrow().violation());
        Normalisierung<OzgId> blank = OzgId.normalize(" \u00a0 ");
        assertEquals(IdFormatViolation.EMPTY, blank.fehler().orElseThrow().violation());
        assertEquals(Optional.of(""), blank.bereinigt());
    }

    @Test
    void valueSemantics() {
        assertEquals(Ars.normalize(" 010010000000"), Ars.normalize(" 010010000000"));
        assertEquals(Ars.normalize(" 010010000000").hashCode(), Ars.normalize(" 010010000000").hashCode());
        assertFalse(Ars.normalize(" 010010000000").equals(Ars.normalize("010010000000")));
        assertTrue(Ars.normalize("x").toString().contains("NON_DIGIT"));
        assertThrows(IllegalArgumentException.class, () -> Aenderung.of(AenderungsArt.STRIPPED_BLANKS, 0));
    }
}
