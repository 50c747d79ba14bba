package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeistungsschluesselTest {

    @Test
    void splitsTheKeyIntoItsParts() {
        Leistungsschluessel k = Leistungsschluessel.parse("99041006013000");
        assertEquals("99041006", k.leistungsobjektId());
        assertEquals(41, k.leistungsgruppierung());
        assertEquals(6, k.kennung());
        assertEquals(13, k.verrichtung());
        assertEquals(0, k.verrichtungsdetail());
        assertEquals(LeikaTyp.LOV, k.leikaTyp());
        assertTrue(k.isBundeskatalog());
        assertEquals(99041006013000L, k.longValue());
        assertEquals("99041006013000", k.toString());
    }

    @Test
    void leikaTypFollowsTheRefinedDigits() {
        assertEquals(LeikaTyp.LO, Leistungsschluessel.parse("99041006000000").leikaTyp());
        assertEquals(LeikaTyp.LOV, Leistungsschluessel.parse("99041006017000").leikaTyp());
        Leistungsschluessel lovd = Leistungsschluessel.parse("99041006017002");
        assertEquals(LeikaTyp.LOVD, lovd.leikaTyp());
        assertEquals(2, lovd.verrichtungsdetail());
    }

    @Test
    void leikaTypCodes() {
        assertEquals("lovd", LeikaTyp.LOVD.code());
        assertEquals(LeikaTyp.LO, LeikaTyp.parse("lo"));
        assertEquals(LeikaTyp.LOV, LeikaTyp.parse("LOV"));
        IdFormatException e = assertThrows(IdFormatException.class, () -> LeikaTyp.parse("lvd"));
        assertEquals(IdFormatViolation.UNKNOWN_CODE, e.violation());
        assertEquals(IdTyp.LEIKA_TYP, e.idTyp());
        assertEquals("LeiKa-Typ must be one of lo, lov, lovd, was 'lvd'", e.getMessage());
        assertThrows(IdFormatException.class, () -> LeikaTyp.parse(" lo"));
        assertEquals(IdFormatViolation.NULL, assertThrows(IdFormatException.class, () -> LeikaTyp.parse(null)).violation());
    }

    @Test
    void regionalPrefixesAreLegal() {
        Leistungsschluessel regional = Leistungsschluessel.parse("15001001001000");
        assertFalse(regional.isBundeskatalog());
        assertEquals("15001001", regional.leistungsobjektId());
    }

    @Test
    void detailWithoutVerrichtungIsInvalidStructure() {
        assertFalse(Leistungsschluessel.isValid("99041006000001"));
        IdFormatException e = assertThrows(IdFormatException.class, () -> Leistungsschluessel.parse("99041006000001"));
        assertEquals(IdFormatViolation.INVALID_STRUCTURE, e.violation());
        assertTrue(e.getMessage().contains("'99041006000001'"), e.getMessage());
        assertTrue(e.getMessage().contains("Verrichtungsdetail"), e.getMessage());
        assertThrows(IdFormatException.class, () -> Leistungsschluessel.of(99041006000001L));
    }

    @Test
    void wrongLengthMessage() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Leistungsschluessel.parse("9904100601300"));
        assertEquals(IdFormatViolation.WRONG_LENGTH, e.violation());
        assertEquals("LeiKa-Schlüssel must be 14 digits, was 13: '9904100601300'", e.getMessage());
        assertEquals("14 digits", e.expectedForm());
    }

    @Test
    void anOzgIdPastedIntoAKeyColumnIsRejected() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Leistungsschluessel.parse("10000"));
        assertEquals("LeiKa-Schlüssel must be 14 digits, was 5: '10000'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nicht im LeiKa", "Nicht im Leika", "NICHT IM LEIKA", " nicht im LeiKa ",
        "nicht\u00a0im\u00a0LeiKa", "nicht  im LeiKa\t"})
    void placeholderIsRecognisedAndRejectedByStrictParse(String text) {
        assertTrue(Leistungsschluessel.isPlaceholder(text));
        assertFalse(Leistungsschluessel.isValid(text));
        IdFormatException e = assertThrows(IdFormatException.class, () -> Leistungsschluessel.parse(text));
        assertEquals(IdFormatViolation.PLACEHOLDER, e.violation());
        assertTrue(e.getMessage().contains("placeholder for a service without key"), e.getMessage());
        assertEquals(text, e.actualValue().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nicht", "nichtimLeiKa", "nicht im LeiKa x", "nicht in LeiKa", "im LeiKa",
        "99041006013000"})
    void otherTextIsNoPlaceholder(String text) {
        assertFalse(Leistungsschluessel.isPlaceholder(text));
    }

    @Test
    void nullIsNoPlaceholder() {
        assertFalse(Leistungsschluessel.isPlaceholder(null));
    }

    @Test
    void urnRoundTrip() {
        Leistungsschluessel k = Leistungsschluessel.parse("99041006013000");
        assertEquals("urn:de:fim:leika:leistung:99041006013000", k.toUrn());
        assertEquals(k, Leistungsschluessel.parseUrn(k.toUrn()));
        assertEquals(k, Leistungsschluessel.parseUrn("URN:DE:FIM:LEIKA:LEISTUNG:99041006013000"));
    }

    @Test
    void urnWithWrongPrefixOrKey() {
        IdFormatException prefix = assertThrows(IdFormatException.class,
                () -> Leistungsschluessel.parseUrn("urn:de:fim:leika:typ:99041006013000"));
        assertEquals(IdFormatViolation.INVALID_URN, prefix.violation());
        assertTrue(prefix.getMessage().contains("'urn:de:fim:leika:typ:99041006013000'"), prefix.getMessage());
        assertTrue(prefix.getMessage().contains("urn:de:fim:leika:leistung:"), prefix.getMessage());

        IdFormatException length = assertThrows(IdFormatException.class,
                () -> Leistungsschluessel.parseUrn("urn:de:fim:leika:leistung:9904100601300"));
        assertEquals(IdFormatViolation.WRONG_LENGTH, length.violation());
        assertEquals("LeiKa-Schlüssel in URN must be 14 digits, was 13: 'urn:de:fim:leika:leistung:9904100601300'",
                length.getMessage());

        IdFormatException blank = assertThrows(IdFormatException.class,
                () -> Leistungsschluessel.parseUrn("urn:de:fim:leika:leistung:99041006013000 "));
        assertEquals(IdFormatViolation.NON_DIGIT, blank.violation());
        assertEquals(IdFormatViolation.INVALID_STRUCTURE, assertThrows(IdFormatException.class,
                () -> Leistungsschluessel.parseUrn("urn:de:fim:leika:leistung:99041006000001")).violation());
        assertEquals(IdFormatViolation.NULL,
                assertThrows(IdFormatException.class, () -> Leistungsschluessel.parseUrn(null)).violation());
    }

    @Test
    void ofRoundTripsLongValue() {
        Leistungsschluessel k = Leistungsschluessel.parse("00000001001000");
        assertEquals(k, Leistungsschluessel.of(k.longValue()));
        assertEquals("00000001001000", Leistungsschluessel.of(1001000L).toString());
        assertEquals(IdFormatViolation.OUT_OF_RANGE,
                assertThrows(IdFormatException.class, () -> Leistungsschluessel.of(100_000_000_000_000L)).violation());
    }

    @Test
    void ordersByDigits() {
        assertTrue(Leistungsschluessel.parse("99041006013000").compareTo(Leistungsschluessel.parse("99041006017000")) < 0);
        assertEquals(Leistungsschluessel.parse("99041006013000").hashCode(),
                Leistungsschluessel.parse("99041006013000").hashCode());
    }

    @Test
    void thirteenDigitKeysAreNotPaddedByNormalisation() {
        Normalisierung<Leistungsschluessel> n = Leistungsschluessel.normalize("9904100601300");
        assertFalse(n.isErfolgreich());
        assertEquals(IdFormatViolation.WRONG_LENGTH, n.fehler().orElseThrow().violation());
        assertEquals(IdFormatViolation.PLACEHOLDER,
                Leistungsschluessel.normalize(" nicht im LeiKa ").fehler().orElseThrow().violation());
    }
}
