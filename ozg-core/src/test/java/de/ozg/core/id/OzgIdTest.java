package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OzgIdTest {

    @Test
    void parsesFiveDigitsAndFormatsCanonically() {
        OzgId id = OzgId.parse("10000");
        assertEquals(10000, id.intValue());
        assertEquals("10000", id.toString());
        assertTrue(id.isImUeblichenBereich());
        assertEquals("00815", OzgId.of(815).toString());
        assertEquals(OzgId.of(815), OzgId.parse("00815"));
    }

    @Test
    void usualRangeIsCachedSoParsingDoesNotAllocate() {
        assertSame(OzgId.parse("10601"), OzgId.of(10601));
        assertEquals(OzgId.parse("20000"), OzgId.of(20000));
    }

    @Test
    void outsideUsualRangeIsSuspiciousButValid() {
        assertFalse(OzgId.parse("09999").isImUeblichenBereich());
        assertFalse(OzgId.parse("11000").isImUeblichenBereich());
        assertTrue(OzgId.parse("10999").isImUeblichenBereich());
        assertTrue(OzgId.isValid("99999"));
    }

    @Test
    void ordersNumerically() {
        assertTrue(OzgId.parse("10001").compareTo(OzgId.parse("10000")) > 0);
        assertNotEquals(OzgId.parse("10001"), OzgId.parse("10000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "100000", " 10000", "10000 ", "1O000", "10\u00a0000", "１００００", "-1000", "+1000"})
    void rejectsEverythingButFiveAsciiDigits(String text) {
        assertFalse(OzgId.isValid(text));
        assertThrows(IdFormatException.class, () -> OzgId.parse(text));
    }

    @Test
    void wrongLengthMessageNamesLengthAndValue() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> OzgId.parse("1000"));
        assertEquals(IdFormatViolation.WRONG_LENGTH, e.violation());
        assertEquals(IdTyp.OZG_ID, e.idTyp());
        assertEquals("OZG-ID must be 5 digits, was 4: '1000'", e.getMessage());
        assertEquals("5 digits", e.expectedForm());
        assertEquals("1000", e.actualValue().orElseThrow());
    }

    @Test
    void ofRejectsNumbersOutsideFiveDigits() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> OzgId.of(100000));
        assertEquals(IdFormatViolation.OUT_OF_RANGE, e.violation());
        assertEquals("OZG-ID must be a number from 0 to 99999, was 100000", e.getMessage());
        assertThrows(IdFormatException.class, () -> OzgId.of(-1));
    }

    @Test
    void normalizeNeverPadsAnOzgId() {
        Normalisierung<OzgId> n = OzgId.normalize("1000");
        assertFalse(n.isErfolgreich());
        assertEquals(IdFormatViolation.WRONG_LENGTH, n.fehler().orElseThrow().violation());
        assertEquals(OzgId.of(10000), OzgId.normalize(" 10000\u00a0").orElseThrow());
    }
}
