package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ozg.core.OzgException;
import de.ozg.core.ref.Themenfeld;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModellExceptionTest {

    @Test
    void messageNamesFieldExpectedFormAndQuotedValue() {
        ModellException e = new ModellException(ModellViolation.OUT_OF_RANGE, "Gebiet X.bevoelkerung", "-1",
                "a population of 0 or more");
        assertEquals("Gebiet X.bevoelkerung: expected a population of 0 or more, was '-1'", e.getMessage());
        assertEquals(ModellViolation.OUT_OF_RANGE, e.violation());
        assertEquals(Optional.of("-1"), e.actualValue());
        assertEquals("a population of 0 or more", e.expectedForm());
        assertInstanceOf(OzgException.class, e);
        assertNull(e.getCause());
    }

    @Test
    void invisibleCharactersAndMissingValuesShowInTheMessage() {
        ModellException blank = assertThrows(ModellException.class, () -> Lebenslage.of("\u00a0\t", Themenfeld.BILDUNG));
        assertEquals("Lebenslage.bezeichnung: expected a non-blank text, was '\\u00A0\\u0009'", blank.getMessage());
        assertEquals(Optional.of("\u00a0\t"), blank.actualValue());

        for (String unsichtbar : new String[] {"\u200b", "\u2007\u3000", "\ufeff "}) {
            assertThrows(ModellException.class, () -> Lebenslage.of(unsichtbar, Themenfeld.BILDUNG), unsichtbar);
        }
        Lebenslage.of("\u00a0x", Themenfeld.BILDUNG);

        ModellException ohne = new ModellException(ModellViolation.BLANK_TEXT, "f", null, "a text");
        assertEquals("f: expected a text, was null", ohne.getMessage());
        assertEquals(Optional.empty(), ohne.actualValue());
    }
}
