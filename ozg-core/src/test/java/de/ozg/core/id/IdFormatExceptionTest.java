package de.ozg.core.id;

import de.ozg.core.SafeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.OzgException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
                Arguments.of(IdFormatViolation.INVALID_URN, IdTyp.LEISTUNGSSCHLUESSEL, fn(Leistungsschluessel::parseUrn),
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
                        "LeiKa-Typ must be one of lo, lov, lovd, was 'lovx'"),
                Arguments.of(IdFormatViolation.AMBIGUOUS_REPAIR, IdTyp.ARS, fn(s -> Ars.normalize(s).orElseThrow()),
                        "15002000000", "ARS must be 12 digits, was 11: '15002000000'; restoring a leading zero would "
                                + "give 015002000000, but Land 01 (Schleswig-Holstein) has no Regierungsbezirk 5, so "
                                + "the repair is not certain: check the source"));
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

    /**
     * The same cases in German: from the bundles, complete, and without the English fragments a
     * German report must not carry.
     */
    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("cases")
    void everyMessageReadsInGermanWithoutEnglishFragments(IdFormatViolation violation, IdTyp typ,
            Function<String, Object> parser, String input, String message) {
        IdFormatException e = assertThrows(IdFormatException.class, () -> parser.apply(input));
        String de = e.message(Locale.GERMAN);
        assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
        assertEquals(e.getMessage(), e.message(Locale.forLanguageTag("fr-FR")), "other languages read English");
        assertEquals(de, e.message(Locale.forLanguageTag("de-AT")));
        assertEquals(e.expectedForm(), e.expectedForm(Locale.ENGLISH));
        for (String englisch : List.of(" must ", " digits", " was ", "found ", "position", "expected", "(erwartet")) {
            assertFalse(de.contains(englisch), () -> "English '" + englisch + "' in: " + de);
            assertFalse(e.expectedForm(Locale.GERMAN).contains(englisch), e.expectedForm(Locale.GERMAN));
        }
        if (input != null && violation != IdFormatViolation.OUT_OF_RANGE) {
            assertTrue(de.contains(SafeText.quote(input)), de);
        }
        assertTrue(de.startsWith(typ.bezeichnung()) || de.contains(typ.bezeichnung()) || typ == IdTyp.FIM_ID, de);
    }

    @Test
    void germanTextsOfTheCommonCases() {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Leistungsschluessel.parse("9904100601300"));
        assertEquals("LeiKa-Schlüssel muss 14 Ziffern haben, hat 13: '9904100601300'", e.message(Locale.GERMAN));
        assertEquals("14 Ziffern", e.expectedForm(Locale.GERMAN));
        assertEquals("14 digits", e.expectedForm());
        IdFormatException nd = assertThrows(IdFormatException.class, () -> Ars.parse("01O010000000"));
        assertEquals("ARS darf nur die Ziffern 0-9 enthalten, gefunden 'O' an Stelle 3: '01O010000000'",
                nd.message(Locale.GERMAN));
        IdFormatException range = assertThrows(IdFormatException.class, () -> OzgId.of(100_000));
        assertEquals("OZG-ID muss eine Zahl von 0 bis 99999 sein, war 100000", range.message(Locale.GERMAN));
        assertEquals("OZG-ID must be a number from 0 to 99999, was 100000", range.getMessage(), "no digit grouping");
        IdFormatException nul = assertThrows(IdFormatException.class, () -> FimId.parse(null));
        assertEquals("FIM-ID fehlt: erwartet Buchstabe S, G, F, R, C oder D, 8 Ziffern und optional eine Version wie "
                + "V1.1, war null", nul.message(Locale.GERMAN));
        IdFormatException mehrdeutig = Ars.normalize("15002000000").fehler().orElseThrow();
        assertEquals("ARS muss 12 Ziffern haben, hat 11: '15002000000'; eine ergänzte führende Null ergäbe "
                + "015002000000, aber Land 01 (Schleswig-Holstein) hat keinen Regierungsbezirk 5, daher ist die "
                + "Reparatur nicht sicher: Quelle prüfen", mehrdeutig.message(Locale.GERMAN));
    }

    /** The legacy constructor with ready-made text gives that text in every language. */
    @Test
    void readyMadeTextIsTheSameInEveryLanguage() {
        IdFormatException e = new IdFormatException(IdTyp.OZG_ID, IdFormatViolation.WRONG_LENGTH, "own text", "1",
                "own form");
        assertEquals("own text", e.message(Locale.GERMAN));
        assertEquals("own text", e.message(Locale.ENGLISH));
        assertEquals("own form", e.expectedForm(Locale.GERMAN));
        assertThrows(NullPointerException.class, () -> e.message(null));
        assertThrows(NullPointerException.class, () -> e.expectedForm(null));
    }

    /** An exception survives serialization with both languages. */
    @Test
    void serializableWithBothLanguages() throws Exception {
        IdFormatException e = assertThrows(IdFormatException.class, () -> Ags.parse("1001000"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            IdFormatException back = (IdFormatException) in.readObject();
            assertEquals(e.message(Locale.GERMAN), back.message(Locale.GERMAN));
            assertEquals(e.getMessage(), back.getMessage());
            assertEquals(e.violation(), back.violation());
        }
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
