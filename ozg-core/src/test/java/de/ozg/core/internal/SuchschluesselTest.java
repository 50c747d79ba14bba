package de.ozg.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuchschluesselTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Landesweit flächendeckend|landesweit_flaechendeckend",
        "  LANDESWEIT - FLÄCHENDECKEND  |landesweit_flaechendeckend",
        "in mind. einer Kommune verfügbar|in_mind_einer_kommune_verfuegbar",
        "Straße & Öl|strasse_oel",
        "__a__b__|a_b",
        "Über|ueber",
        "'   '|''",
        "1 - hoch|1_hoch",
        "Roll-out|roll_out",
        "Betrieb / Online|betrieb_online",
        "EfA – Nachnutzung|efa_nachnutzung",
        "Café|caf",
        "Sachsen Anhalt|sachsen_anhalt",
        "Sachsen\u2009Anhalt\u3000|sachsen_anhalt",
        "Mu\u0308nchen|muenchen",
        "Ba\u0308ume|baeume",
        "Bay\u200Bern|bayern",
        "Bay\u00ADern|bayern",
        "\uFEFFNRW|nrw",
        "e\u0308|e"})
    void folds(String text, String erwartet) {
        assertEquals(erwartet, Suchschluessel.von(text));
    }

    @Test
    void blanksAreEveryUnicodeSpaceButNoFormatCharacter() {
        for (char c : new char[] {' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u00A0', '\u2007', '\u2009',
            '\u202F', '\u205F', '\u3000', '\u2028', '\u2029', '\u1680'}) {
            assertTrue(Suchschluessel.isBlank(c), String.format("U+%04X", (int) c));
        }
        for (char c : new char[] {'a', '0', '_', '-', '\u200B', '\uFEFF', '\u00AD', '\u001C'}) {
            assertFalse(Suchschluessel.isBlank(c), String.format("U+%04X", (int) c));
        }
    }

    @Test
    void stripRemovesBlanksAndFormatCharactersAtTheEndsOnly() {
        assertEquals("1 hoch", Suchschluessel.strip("\u00a0\u20091 hoch\u200B\u3000"));
        assertEquals("", Suchschluessel.strip("\u2009\uFEFF"));
        assertEquals("a\u2009b", Suchschluessel.strip("a\u2009b"));
    }
}
