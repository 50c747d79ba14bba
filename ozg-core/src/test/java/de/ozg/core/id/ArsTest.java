package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.ref.Bundesland;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArsTest {

    @ParameterizedTest
    @CsvSource({
        "000000000000, BUND",
        "150000000000, LAND",
        "032000000000, REGIERUNGSBEZIRK",
        "010510000000, KREIS",
        "010515163000, GEMEINDEVERBAND",
        "010515163003, GEMEINDE",
        "010510011011, GEMEINDE",
        // kreisfreie Stadt and Stadtstaat: the Gemeinde key shows only the coarser level
        "010010000000, KREIS",
        "020000000000, LAND"})
    void ebeneIsTheFinestLevelWithSignificantDigits(String text, ArsEbene ebene) {
        assertEquals(ebene, Ars.parse(text).ebene());
    }

    @Test
    void parentSkipsLevelsWhoseDigitsAreZero() {
        assertEquals(Optional.of(Ars.parse("010515163000")), Ars.parse("010515163003").parent());
        assertEquals(Optional.of(Ars.parse("010510000000")), Ars.parse("010515163000").parent());
        // Schleswig-Holstein has no Regierungsbezirk: a Kreis's parent is the Land
        assertEquals(Optional.of(Ars.parse("010000000000")), Ars.parse("010510000000").parent());
        assertEquals(Optional.of(Ars.parse("050000000000")), Ars.parse("051000000000").parent());
        assertEquals(Optional.of(Ars.parse("051000000000")), Ars.parse("051110000000").parent());
        // a Gemeinde key without Gemeindeverband digits goes straight to the Kreis
        assertEquals(Optional.of(Ars.parse("010510000000")), Ars.parse("010510000011").parent());
        assertEquals(Optional.of(Ars.BUND), Ars.parse("150000000000").parent());
        assertEquals(Optional.empty(), Ars.BUND.parent());
    }

    @Test
    void walkingUpReachesTheBundThroughStrictlyCoarserLevels() {
        List<ArsEbene> seen = new ArrayList<>();
        Optional<Ars> a = Optional.of(Ars.parse("051110000000"));
        while (a.isPresent()) {
            seen.add(a.get().ebene());
            a = a.get().parent();
        }
        assertEquals(List.of(ArsEbene.KREIS, ArsEbene.REGIERUNGSBEZIRK, ArsEbene.LAND, ArsEbene.BUND), seen);
    }

    @Test
    void coversBySignificantPrefix() {
        Ars kreis = Ars.parse("010510000000");
        assertTrue(kreis.covers(Ars.parse("010515163003")));
        assertTrue(kreis.covers(kreis));
        assertFalse(kreis.covers(Ars.parse("010520000000")));
        assertFalse(Ars.parse("010515163003").covers(kreis));
        assertTrue(Ars.BUND.covers(Ars.parse("160000000000")));
        assertTrue(Ars.parse("150000000000").covers(Ars.parse("150020000000")));
        assertFalse(Ars.parse("150000000000").covers(Ars.parse("160000000000")));
    }

    @Test
    void landAndPrefixes() {
        Ars a = Ars.parse("150020000000");
        assertEquals(Optional.of(Bundesland.SACHSEN_ANHALT), a.land());
        assertEquals(15, a.landNummer());
        assertEquals("15002", a.kreisPrefix());
        assertEquals("15002", a.significantPrefix());
        assertEquals("010515163", Ars.parse("010515163000").significantPrefix());
        assertEquals("", Ars.BUND.significantPrefix());
        assertEquals(Optional.empty(), Ars.BUND.land());
        assertEquals(0, Ars.BUND.landNummer());
        assertEquals(Ars.parse("010510000000"), Ars.parse("010515163003").truncatedTo(ArsEbene.KREIS));
        assertEquals(Ars.BUND, Ars.parse("010515163003").truncatedTo(ArsEbene.BUND));
        Ars g = Ars.parse("010515163003");
        assertSame(g, g.truncatedTo(ArsEbene.GEMEINDE));
    }

    @Test
    void ofBundeslandAndBund() {
        assertEquals("150000000000", Ars.of(Bundesland.SACHSEN_ANHALT).toString());
        assertEquals(ArsEbene.LAND, Ars.of(Bundesland.SCHLESWIG_HOLSTEIN).ebene());
        assertSame(Ars.BUND, Ars.parse("000000000000"));
        assertEquals("000000000000", Ars.BUND.toString());
        assertEquals(Ars.parse("010515163003"), Ars.of(10515163003L));
    }

    @Test
    void toAgsTakesFirstFiveAndLastThreeDigits() {
        assertEquals(Optional.of(Ags.parse("01051003")), Ars.parse("010515163003").toAgs());
        assertEquals(Optional.of(Ags.parse("01001000")), Ars.parse("010010000000").toAgs());
        assertEquals(Optional.of(Ags.parse("03200000")), Ars.parse("032000000000").toAgs());
        assertEquals(Optional.of(Ags.parse("15000000")), Ars.parse("150000000000").toAgs());
        assertEquals(Optional.empty(), Ars.parse("010515163000").toAgs());
        assertEquals(Optional.empty(), Ars.BUND.toAgs());
    }

    @Test
    void ordersLikeTheText() {
        assertTrue(Ars.parse("010010000000").compareTo(Ars.parse("020000000000")) < 0);
        assertTrue(Ars.BUND.compareTo(Ars.parse("010000000000")) < 0);
    }

    @Test
    void nonDigitMessageNamesCharacterAndPosition() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Ars.parse("01O010000000"));
        assertEquals(IdFormatViolation.NON_DIGIT, e.violation());
        assertEquals(IdTyp.ARS, e.idTyp());
        assertEquals("ARS must contain only digits 0-9, found 'O' at position 3: '01O010000000'", e.getMessage());
        assertEquals("12 digits", e.expectedForm());
    }

    @Test
    void invisibleCharactersAreShownEscaped() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Ars.parse("01001000000\u00a0"));
        assertEquals("ARS must contain only digits 0-9, found '\\u00A0' at position 12: '01001000000\\u00A0'",
                e.getMessage());
        assertEquals("01001000000\u00a0", e.actualValue().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"170000000000, 17", "000100000000, 00", "990000000000, 99"})
    void landMustBe01To16UnlessBund(String text, String land) {
        assertFalse(Ars.isValid(text));
        IdFormatException e = assertThrows(IdFormatException.class, () -> Ars.parse(text));
        assertEquals(IdFormatViolation.INVALID_LAND, e.violation());
        assertEquals("ARS must start with a Land code 01-16 (or be 000000000000 for the Bund), was " + land
                + ": '" + text + "'", e.getMessage());
        assertTrue(e.expectedForm().contains("01-16"));
    }

    @Test
    void ofRejectsOutOfRangeAndBadLand() {
        assertEquals(IdFormatViolation.OUT_OF_RANGE,
                assertThrows(IdFormatException.class, () -> Ars.of(1_000_000_000_000L)).violation());
        assertEquals(IdFormatViolation.INVALID_LAND,
                assertThrows(IdFormatException.class, () -> Ars.of(170_000_000_000L)).violation());
    }

    @Test
    void normalizeRestoresOneLeadingZero() {
        Normalisierung<Ars> n = Ars.normalize("10010000000");
        assertEquals(Ars.parse("010010000000"), n.orElseThrow());
        assertEquals(List.of(Aenderung.of(AenderungsArt.RESTORED_LEADING_ZERO, 1)), n.aenderungen());
        assertEquals("restored 1 lost leading zero(s)", n.aenderungen().get(0).beschreibungEn());
        // 11 digits whose padded form has no Land: not repaired
        assertEquals(IdFormatViolation.WRONG_LENGTH, Ars.normalize("00000000001").fehler().orElseThrow().violation());
        assertEquals(Ars.parse("070000000000"), Ars.normalize("70000000000").orElseThrow());
        // 10 digits: never padded
        assertEquals(IdFormatViolation.WRONG_LENGTH,
                Ars.normalize("1001000000").fehler().orElseThrow().violation());
        // a letter O stays an error
        assertEquals(IdFormatViolation.NON_DIGIT, Ars.normalize("01O010000000").fehler().orElseThrow().violation());
    }

    /** The reproducer: 015002000000 would be a Regierungsbezirk 5 of Schleswig-Holstein. */
    @Test
    void aLeadingZeroThatWouldNameNoExistingStructureIsNotGuessed() {
        Normalisierung<Ars> n = Ars.normalize("15002000000");
        assertFalse(n.isErfolgreich());
        assertTrue(n.isMehrdeutig());
        assertEquals(List.of(Ars.parse("015002000000")), n.kandidaten());
        assertEquals(List.of(), n.aenderungen(), "nothing applied");
        assertEquals(Optional.of("15002000000"), n.bereinigt());
        IdFormatException e = n.fehler().orElseThrow();
        assertEquals(IdFormatViolation.AMBIGUOUS_REPAIR, e.violation());
        assertEquals(IdTyp.ARS, e.idTyp());
        assertEquals("12 digits", e.expectedForm());
        assertTrue(e.getMessage().contains("no Regierungsbezirk 5"), e.getMessage());
        assertThrows(IdFormatException.class, n::orElseThrow);
        // the Bund key is no lost zero of an 11-digit value either
        Normalisierung<Ars> bund = Ars.normalize("00000000000");
        assertTrue(bund.isMehrdeutig());
        assertTrue(bund.fehler().orElseThrow().getMessage().contains("key of the Bund"));
        // existing structures are repaired: NW Regierungsbezirk 5 (Münster), BY 1, a Land key
        assertEquals(Ars.parse("055150000000"), Ars.normalize("55150000000").orElseThrow());
        assertEquals(Ars.parse("091620000000"), Ars.normalize(" 91620000000\u00a0").orElseThrow());
        assertEquals(Ars.parse("030000000000"), Ars.normalize("30000000000").orElseThrow());
        // Niedersachsen's keys carry the statistical regions 1-4, never 0 below Land level
        assertTrue(Ars.normalize("30890000000").isMehrdeutig());
    }

    @Test
    void withADirectoryOnlyKnownKeysAreRepaired() {
        Set<Ars> bekannt = Set.of(Ars.parse("015002000000"), Ars.parse("010010000000"));
        assertEquals(Ars.parse("015002000000"), Ars.normalize("15002000000", bekannt::contains).orElseThrow(),
                "what the directory lists is certain, whatever the structure table says");
        Normalisierung<Ars> unbekannt = Ars.normalize("55150000000", bekannt::contains);
        assertTrue(unbekannt.isMehrdeutig());
        assertEquals(List.of(Ars.parse("055150000000")), unbekannt.kandidaten());
        assertTrue(unbekannt.fehler().orElseThrow().getMessage().contains("Gebietsverzeichnis does not list it"));
        // the predicate is asked about padded keys only: a key that parses as given is not checked
        assertEquals(Ars.parse("150020000000"), Ars.normalize("150020000000", a -> false).orElseThrow());
        assertThrows(NullPointerException.class, () -> Ars.normalize("1", null));
    }

    /** Every Unicode space separator is a blank (Zs: U+2009, U+202F, U+3000 …), as are U+2028/U+2029. */
    @Test
    void everyUnicodeSpaceIsABlank() {
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.getType(c) != Character.SPACE_SEPARATOR && c != '\u2028' && c != '\u2029') {
                continue;
            }
            Normalisierung<Ars> n = Ars.normalize(c + "010010000000" + c);
            assertEquals(Ars.parse("010010000000"), n.orElseThrow(), () -> String.format("U+%04X", (int) n.eingabe()
                    .orElseThrow().charAt(0)));
            AenderungsArt art = c == '\u00a0' || c == '\u202f' || c == '\u2007' ? AenderungsArt.REMOVED_NBSP
                    : AenderungsArt.STRIPPED_BLANKS;
            assertEquals(List.of(Aenderung.of(art, 2)), n.aenderungen());
        }
    }
}
