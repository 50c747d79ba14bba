package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.OzgException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One negative case per violation constant, each with its exact message; and proof all are covered. */
class IdFormatExceptionTest {

    private static final Set<IdFormatViolation> SEEN = EnumSet.noneOf(IdFormatViolation.class);

    @BeforeAll
    static void reset() {
        SEEN.clear();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(IdFormatViolation.NULL, IdTyp.ARS, fn(Ars::parse), null,
                        "ARS must be 12 digits, was null"),
                Arguments.of(IdFormatViolation.EMPTY, IdTyp.OZG_ID, fn(OzgId::parse), "",
                        "OZG-ID must be 5 digits, was empty: ''"),
                Arguments.of(IdFormatViolation.EMPTY, IdTyp.AGS, fn(Ags::parse), "   ",
                        "AGS must be 8 digits, was blank: '   '"),
                Arguments.of(IdFormatViolation.WRONG_LENGTH, IdTyp.LEISTUNGSSCHLUESSEL, fn(Leistungsschluessel::parse),
                        "9904100601300", "LeiKa-Schlüssel must be 14 digits, was 13: '9904100601300'"),
                Arguments.of(IdFormatViolation.NON_DIGIT, IdTyp.ARS, fn(Ars::parse), "01O010000000",
                        "ARS must contain only digits 0-9, found 'O' at position 3: '01O010000000'"),
                Arguments.of(IdFormatViolation.NON_DIGIT, IdTyp.AGS, fn(Ags::parse), "15002000 ",
                        "AGS must contain only digits 0-9, found ' ' at position 9: '15002000 '"),
                Arguments.of(IdFormatViolation.PLACEHOLDER, IdTyp.LEISTUNGSSCHLUESSEL, fn(Leistungsschluessel::parse),
                        "nicht im LeiKa", "LeiKa-Schlüssel must be 14 digits, was the placeholder for a service "
                                + "without key (model it as unkeyed, do not parse it as a key): 'nicht im LeiKa'"),
                Arguments.of(IdFormatViolation.INVALID_LAND, IdTyp.ARS, fn(Ars::parse), "170010000000",
                        "ARS must start with a Land code 01-16 (or be 000000000000 for the Bund), was 17: '170010000000'"),
                Arguments.of(IdFormatViolation.INVALID_STRUCTURE, IdTyp.LEISTUNGSSCHLUESSEL,
                        fn(Leistungsschluessel::parse), "99041006000013",
                        "LeiKa-Schlüssel must not have a Verrichtungsdetail (digits 12-14) without a Verrichtung "
                                + "(digits 9-11 are 000): '99041006000013'"),
                Arguments.of(IdFormatViolation.INVALID_URN, IdTyp.LEISTUNGSSCHLUESSEL, fn(Leistungsschluessel::fromUrn),
                        "99041006013000", "LeiKa-Schlüssel URN must start with 'urn:de:fim:leika:leistung:' followed "
                                + "by 14 digits, was '99041006013000'"),
                Arguments.of(IdFormatViolation.INVALID_FIM_TYPE, IdTyp.FIM_ID, fn(FimId::parse), "X00000092",
                        "FIM-ID must start with one of the letters S, G, F, R, C, D, found 'X' at position 1: 'X00000092'"),
                Arguments.of(IdFormatViolation.INVALID_VERSION, IdTyp.FIM_ID, fn(FimId::parse), "S00000092V1.1a",
                        "FIM-ID version must be 'V' followed by dot-separated numbers such as V1.1, was 'V1.1a': "
                                + "'S00000092V1.1a'"),
                Arguments.of(IdFormatViolation.OUT_OF_RANGE, IdTyp.ARS, fn(s -> Ars.of(Long.parseLong(s))), "-1",
                        "ARS must be a number from 0 to 999999999999, was -1"),
                Arguments.of(IdFormatViolation.UNKNOWN_CODE, IdTyp.LEIKA_TYP, fn(LeikaTyp::parse), "lovx",
                        "LeiKa-Typ must be one of lo, lov, lovd, was 'lovx'"));
    }

    private static Function<String, Object> fn(Function<String, Object> f) {
        return f;
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("cases")
    void everyViolationHasAPreciseMessage(IdFormatViolation violation, IdTyp typ, Function<String, Object> parser,
            String input, String message) {
        IdFormatException e = assertThrows(IdFormatException.class, () -> parser.apply(input));
        assertEquals(violation, e.violation());
        assertEquals(typ, e.idTyp());
        assertEquals(message, e.getMessage());
        assertEquals(input, e.actualValue().orElse(null));
        assertFalse(e.expectedForm().isBlank());
        assertTrue(e instanceof OzgException);
        SEEN.add(violation);
    }

    @AfterAll
    static void everyConstantWasExercised() {
        assertEquals(EnumSet.allOf(IdFormatViolation.class), SEEN,
                "every IdFormatViolation needs a negative case in cases()");
    }

    @Test
    void idTypDisplayNames() {
        assertEquals("LeiKa-Schlüssel", IdTyp.LEISTUNGSSCHLUESSEL.bezeichnung());
        assertEquals("FIM-ID", IdTyp.FIM_ID.bezeichnung());
    }
}
