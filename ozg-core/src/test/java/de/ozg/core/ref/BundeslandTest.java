package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BundeslandTest {

    private static final String[] BLANKS = {" ", "\u00a0", "\u2009", "\u202f", "\u3000", "\t", "-", "\u2013"};

    @ParameterizedTest
    @EnumSource(Bundesland.class)
    void everyFormOfEveryLandIsFound(Bundesland land) {
        assertSame(land, Bundesland.parse(land.code()));
        assertSame(land, Bundesland.parse(land.kuerzel()));
        assertSame(land, Bundesland.parse(land.kuerzel().toLowerCase(java.util.Locale.ROOT)));
        assertSame(land, Bundesland.parse(land.iso3166()));
        assertSame(land, Bundesland.parse(land.bezeichnung()));
        assertSame(land, Bundesland.parse(land.bezeichnung().toUpperCase(java.util.Locale.ROOT)));
        assertSame(land, Bundesland.parse(land.bezeichnung() + "\u00a0"), "NBSP at the end");
        assertSame(land, Bundesland.ofNummer(land.nummer()));
        assertSame(land, Bundesland.ofCode(land.code()));
    }

    /** The spellings the issue found missing: NBSP, blank for hyphen, the abbreviation NRW. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sachsen Anhalt|SACHSEN_ANHALT",
        "Nordrhein Westfalen|NORDRHEIN_WESTFALEN",
        "Rheinland Pfalz|RHEINLAND_PFALZ",
        "Mecklenburg Vorpommern|MECKLENBURG_VORPOMMERN",
        "Baden Wuerttemberg|BADEN_WUERTTEMBERG",
        "Schleswig–Holstein|SCHLESWIG_HOLSTEIN",
        "NRW|NORDRHEIN_WESTFALEN",
        "nrw|NORDRHEIN_WESTFALEN",
        "RLP|RHEINLAND_PFALZ",
        "BaWü|BADEN_WUERTTEMBERG",
        "M-V|MECKLENBURG_VORPOMMERN",
        "LSA|SACHSEN_ANHALT",
        "Thueringen|THUERINGEN",
        "Freistaat Bayern|BAYERN",
        "Freie und Hansestadt Hamburg|HAMBURG",
        "Freie Hansestadt Bremen|BREMEN",
        "DE ST|SACHSEN_ANHALT"})
    void realWorldSpellings(String text, Bundesland land) {
        assertEquals(Optional.of(land), Bundesland.find(text));
    }

    @Test
    void unicodeBlanksAndInvisibleCharacters() {
        assertEquals(Optional.of(Bundesland.BAYERN), Bundesland.find("Bayern\u00a0"));
        assertEquals(Optional.of(Bundesland.BAYERN), Bundesland.find("\u2009Bayern\u202f"));
        assertEquals(Optional.of(Bundesland.BAYERN), Bundesland.find("\u3000Bay\u200Bern\uFEFF"));
        assertEquals(Optional.of(Bundesland.THUERINGEN), Bundesland.find("Thu\u0308ringen"));
        assertEquals(Optional.of(Bundesland.SACHSEN_ANHALT), Bundesland.find(" 15 "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u00a0", "1", "9", "00", "17", "99", "DE", "Sachsen Anhal", "Sachsen Anhalt Thueringen",
        "Anhalt", "Westfalen", "Bayernn", "NR W", "Freistaat", "Hansestadt", "X1", "DE-XX"})
    void rejectsWhatIsNoLand(String text) {
        assertEquals(Optional.empty(), Bundesland.find(text));
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Bundesland.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_BUNDESLAND, e.violation());
        assertEquals(Optional.ofNullable(text), e.actualValue());
    }

    @Test
    void strictFactoriesStayStrict() {
        assertThrows(UnknownReferenceException.class, () -> Bundesland.ofCode(" 15"));
        assertThrows(UnknownReferenceException.class, () -> Bundesland.ofCode("1"));
        assertThrows(UnknownReferenceException.class, () -> Bundesland.ofNummer(0));
        assertThrows(UnknownReferenceException.class, () -> Bundesland.ofNummer(17));
        assertEquals(Optional.empty(), Bundesland.findByCode("NRW"));
    }

    @Test
    void typographicNoiseNeverChangesTheLand() {
        qt().forAll(arbitrary().enumValues(Bundesland.class), longs().all()).checkAssert((land, seed) -> {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder(BLANKS[r.nextInt(3)]);
            for (char c : land.bezeichnung().toCharArray()) {
                if (c == '-' || c == ' ') {
                    sb.append(BLANKS[r.nextInt(BLANKS.length)]);
                } else {
                    sb.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
                }
            }
            String noisy = sb.append(BLANKS[r.nextInt(3)]).toString();
            assertEquals(Optional.of(land), Bundesland.find(noisy), noisy);
        });
    }

    @Test
    void findNeverThrowsAndParseAgrees() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30)).checkAssert(text -> {
            Optional<Bundesland> found = Bundesland.find(text);
            if (found.isPresent()) {
                assertSame(found.get(), Bundesland.parse(text));
            } else {
                assertThrows(UnknownReferenceException.class, () -> Bundesland.parse(text));
            }
        });
    }

    @Test
    void isoAndOrder() {
        assertEquals("DE-ST", Bundesland.SACHSEN_ANHALT.iso3166());
        Bundesland[] alle = Bundesland.values();
        for (int i = 0; i < alle.length; i++) {
            assertEquals(i + 1, alle[i].nummer());
            assertEquals(String.format("%02d", i + 1), alle[i].code());
        }
        assertTrue(Bundesland.valueOf("BAYERN").bezeichnung().startsWith("Bay"));
    }
}
