package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.ref.Bundesland;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgsTest {

    @ParameterizedTest
    @CsvSource({
        "15000000, LAND",
        "03200000, REGIERUNGSBEZIRK",
        "01051000, KREIS",
        "01001000, KREIS",
        "01051003, GEMEINDE",
        "02000000, LAND"})
    void ebeneBySignificantDigits(String text, ArsEbene ebene) {
        assertEquals(ebene, Ags.parse(text).ebene());
    }

    @Test
    void partsAndLand() {
        Ags a = Ags.parse("15002000");
        assertEquals(Bundesland.SACHSEN_ANHALT, a.land());
        assertEquals(15, a.landNummer());
        assertEquals("15002", a.kreisPrefix());
        assertEquals(15002000, a.intValue());
        assertEquals("15002000", a.toString());
        assertEquals(a, Ags.of(15002000));
        assertEquals("15000000", Ags.of(Bundesland.SACHSEN_ANHALT).toString());
        assertEquals("01001000", Ags.of(1001000).toString());
    }

    @Test
    void conversionsToArs() {
        Ags gemeinde = Ags.parse("01051003");
        assertEquals(Ars.parse("010510000000"), gemeinde.toKreisArs());
        assertEquals(Optional.empty(), gemeinde.toArs());
        assertTrue(gemeinde.matches(Ars.parse("010515163003")));
        assertFalse(gemeinde.matches(Ars.parse("010515163010")));
        assertFalse(gemeinde.matches(Ars.parse("010515163000")));

        Ags flensburg = Ags.parse("01001000");
        assertEquals(Optional.of(Ars.parse("010010000000")), flensburg.toArs());
        assertTrue(flensburg.matches(Ars.parse("010010000000")));
        assertEquals(Optional.of(Ars.parse("150000000000")), Ags.parse("15000000").toArs());
        for (String s : List.of("15000000", "03200000", "01051000")) {
            Ags ags = Ags.parse(s);
            assertEquals(Optional.of(ags), ags.toArs().orElseThrow().toAgs());
        }
    }

    @Test
    void wrongLengthAndLand() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Ags.parse("1001000"));
        assertEquals(IdFormatViolation.WRONG_LENGTH, e.violation());
        assertEquals("AGS must be 8 digits, was 7: '1001000'", e.getMessage());
        IdFormatException land = assertThrows(IdFormatException.class, () -> Ags.parse("00100000"));
        assertEquals(IdFormatViolation.INVALID_LAND, land.violation());
        assertEquals("AGS must start with a Land code 01-16, was 00: '00100000'", land.getMessage());
        assertFalse(Ags.isValid("17000000"));
        assertFalse(Ags.isValid("00000000"));
        assertEquals(IdFormatViolation.OUT_OF_RANGE,
                assertThrows(IdFormatException.class, () -> Ags.of(100_000_000)).violation());
    }

    @Test
    void normalizeRestoresLeadingZeroOnlyWhenTheResultParses() {
        Normalisierung<Ags> n = Ags.normalize("1001000");
        assertEquals(Ags.parse("01001000"), n.orElseThrow());
        assertEquals("01001000", n.bereinigt().orElseThrow());
        assertEquals(AenderungsArt.RESTORED_LEADING_ZERO, n.aenderungen().get(0).art());
        // the broken Regierungsbezirk AGS of the Destatis extract: padding would give Land 00
        Normalisierung<Ags> broken = Ags.normalize("0310000");
        assertFalse(broken.isErfolgreich());
        assertEquals(IdFormatViolation.WRONG_LENGTH, broken.fehler().orElseThrow().violation());
        assertEquals(List.of(), broken.aenderungen());
        assertFalse(Ags.normalize("100100").isErfolgreich());
    }

    /** The example: U+2009 thin space at the end. */
    @Test
    void thinSpaceAndOtherUnicodeBlanksAreStripped() {
        assertEquals(Ags.parse("01001000"), Ags.normalize("01001000\u2009").orElseThrow());
        assertEquals(List.of(Aenderung.of(AenderungsArt.STRIPPED_BLANKS, 2)),
                Ags.normalize("\u300001001000\u205f").aenderungen());
        assertEquals(List.of(Aenderung.of(AenderungsArt.REMOVED_NBSP, 1)), Ags.normalize("01001000\u202f").aenderungen());
        // inside a key a blank stays an error
        assertEquals(IdFormatViolation.NON_DIGIT,
                Ags.normalize("0100\u20091000").fehler().orElseThrow().violation());
    }

    @Test
    void leadingZeroOnlyWhereTheRegierungsbezirkExists() {
        // Sachsen's Regierungsbezirk AGS 1450000 of the Destatis extract, padded: Schleswig-Holstein RB 4
        Normalisierung<Ags> n = Ags.normalize("1450000");
        assertTrue(n.isMehrdeutig());
        assertEquals(List.of(Ags.parse("01450000")), n.kandidaten());
        assertEquals(IdFormatViolation.AMBIGUOUS_REPAIR, n.fehler().orElseThrow().violation());
        assertEquals(Ags.parse("05315000"), Ags.normalize("5315000").orElseThrow(), "Köln, NW Regierungsbezirk 3");
        assertEquals(Ags.parse("01450000"), Ags.normalize("1450000", a -> a.equals(Ags.parse("01450000")))
                .orElseThrow());
        assertTrue(Ags.normalize("5315000", a -> false).isMehrdeutig());
    }

    @Test
    void ordersNumerically() {
        assertTrue(Ags.parse("01001000").compareTo(Ags.parse("15000000")) < 0);
    }
}
