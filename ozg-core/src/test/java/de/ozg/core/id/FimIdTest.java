package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FimIdTest {

    @Test
    void parsesWithAndWithoutVersion() {
        FimId s = FimId.parse("S00000092V1.1");
        assertEquals(FimArt.STAMMDATENSCHEMA, s.art());
        assertEquals("00000092", s.nummer());
        assertEquals(92, s.nummerValue());
        assertEquals(Optional.of("1.1"), s.version());
        assertEquals("S00000092V1.1", s.toString());

        FimId f = FimId.parse("F60000227");
        assertEquals(FimArt.FELD, f.art());
        assertEquals(Optional.empty(), f.version());
        assertEquals("F60000227", f.toString());
    }

    @Test
    void factoriesAndVersionHandling() {
        FimId s = FimId.of(FimArt.STAMMDATENSCHEMA, 92, "1.1");
        assertEquals(FimId.parse("S00000092V1.1"), s);
        assertEquals(FimId.parse("S00000092"), s.withoutVersion());
        assertEquals(s, s.withoutVersion().withVersion("1.1"));
        assertNotEquals(s, s.withVersion("1.10"));
        assertEquals('D', FimArt.DOKUMENTSTECKBRIEF.buchstabe());
        assertEquals(Optional.of(FimArt.CODELISTE), FimArt.find('C'));
        assertEquals(Optional.empty(), FimArt.find('s'));
        assertEquals(FimArt.REGEL, FimArt.ofBuchstabe('R'));
        assertEquals(IdFormatViolation.INVALID_FIM_TYPE,
                assertThrows(IdFormatException.class, () -> FimArt.ofBuchstabe('X')).violation());
        assertEquals(IdFormatViolation.OUT_OF_RANGE,
                assertThrows(IdFormatException.class, () -> FimId.of(FimArt.FELD, 100_000_000)).violation());
        assertEquals(IdFormatViolation.INVALID_VERSION,
                assertThrows(IdFormatException.class, () -> FimId.of(FimArt.FELD, 1, "V1.1")).violation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"S00000092V1", "G00000001V1.0", "R12345678V2.0.3", "C00000000", "D99999999V10.20"})
    void acceptsCanonicalForms(String text) {
        assertTrue(FimId.isValid(text));
        assertEquals(text, FimId.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "X00000092V1.1|INVALID_FIM_TYPE|FIM-ID must start with one of the letters S, G, F, R, C, D, found 'X' at position 1: 'X00000092V1.1'",
        "s00000092|INVALID_FIM_TYPE|FIM-ID must start with one of the letters S, G, F, R, C, D, found 's' at position 1: 's00000092'",
        "00000092|INVALID_FIM_TYPE|FIM-ID must start with one of the letters S, G, F, R, C, D, found '0' at position 1: '00000092'",
        "S0000009|WRONG_LENGTH|FIM-ID must have 8 digits after the letter, was 7: 'S0000009'",
        "S000000921|WRONG_LENGTH|FIM-ID must have 8 digits after the letter, was 9: 'S000000921'",
        "S0000O092|NON_DIGIT|FIM-ID must contain only digits 0-9, found 'O' at position 6: 'S0000O092'",
        "S00000092V|INVALID_VERSION|FIM-ID version must be 'V' followed by dot-separated numbers such as V1.1, was 'V': 'S00000092V'",
        "S00000092V1.|INVALID_VERSION|FIM-ID version must be 'V' followed by dot-separated numbers such as V1.1, was 'V1.': 'S00000092V1.'",
        "S00000092v1.1|INVALID_VERSION|FIM-ID version must be 'V' followed by dot-separated numbers such as V1.1, was 'v1.1': 'S00000092v1.1'",
        "S00000092 V1.1|INVALID_VERSION|FIM-ID version must be 'V' followed by dot-separated numbers such as V1.1, was ' V1.1': 'S00000092 V1.1'",
        "S00000092V1..1|INVALID_VERSION|FIM-ID version must be 'V' followed by dot-separated numbers such as V1.1, was 'V1..1': 'S00000092V1..1'"})
    void rejectsWithPreciseMessages(String text, IdFormatViolation violation, String message) {
        assertFalse(FimId.isValid(text));
        IdFormatException e = assertThrows(IdFormatException.class, () -> FimId.parse(text));
        assertEquals(violation, e.violation());
        assertEquals(IdTyp.FIM_ID, e.idTyp());
        assertEquals(message, e.getMessage());
        assertTrue(e.expectedForm().contains("8 digits"));
    }

    @Test
    void ordersByArtNumberAndNumericVersion() {
        List<FimId> ids = new ArrayList<>(List.of(FimId.parse("S00000092V1.10"), FimId.parse("S00000092V1.2"),
                FimId.parse("S00000092"), FimId.parse("G00000001"), FimId.parse("S00000091V9"),
                FimId.parse("S00000092V1")));
        Collections.sort(ids);
        assertEquals(List.of("S00000091V9", "S00000092", "S00000092V1", "S00000092V1.2", "S00000092V1.10",
                "G00000001"), ids.stream().map(FimId::toString).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void normalizeRepairsOnlyBlanks() {
        Normalisierung<FimId> n = FimId.normalize("\u200bS00000092V1.1 ");
        assertEquals(FimId.parse("S00000092V1.1"), n.orElseThrow());
        assertEquals(2, n.aenderungen().size());
        assertFalse(FimId.normalize("s00000092").isErfolgreich());
    }
}
