package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriorisierungTest {

    @Test
    void theScaleOfSachsenAnhalt() {
        assertEquals(List.of(Priorisierung.HOCH, Priorisierung.MITTEL, Priorisierung.NIEDRIG, Priorisierung.KEIN_BEDARF),
                List.of(Priorisierung.values()));
        String[] namen = {"hoch", "mittel", "niedrig", "kein Bedarf"};
        for (Priorisierung p : Priorisierung.values()) {
            assertEquals(p.ordinal() + 1, p.stufe());
            assertEquals(namen[p.ordinal()], p.bezeichnung());
            assertSame(p, Priorisierung.ofStufe(p.stufe()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, 10, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void ofStufeRejectsOtherNumbers(int stufe) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Priorisierung.ofStufe(stufe));
        assertEquals(ReferenceViolation.UNKNOWN_PRIORISIERUNG, e.violation());
        assertEquals(Optional.of(String.valueOf(stufe)), e.actualValue());
    }

    @ParameterizedTest
    @EnumSource(Priorisierung.class)
    void everyWrittenFormParses(Priorisierung p) {
        int n = p.stufe();
        String name = p.bezeichnung();
        for (String text : List.of(String.valueOf(n), name, name.toUpperCase(Locale.ROOT), p.name(), " " + name + " ",
                n + " - " + name, n + "-" + name, n + " – " + name, n + ": " + name, n + " " + name,
                n + " (" + name + ")", n + "(" + name.toUpperCase(Locale.ROOT) + ")", " " + n + " ",
                "\u00a0" + n + "\u2009", n + "\u00a0" + name, "\u3000" + name + "\u202f", n + "\u2009-\u2009" + name)) {
            assertSame(p, Priorisierung.parse(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0", "5", "12", "01", "1.", "1a", "1hoch", "1 - niedrig", "4 (hoch)", "2 - kein Bedarf",
        "1 (hoch", "1 - ", "sehr hoch", "keinBedarf", "Laborleistung", "depriorisiert", "mittlere Priorität", "eins"})
    void otherTextsAreRejected(String text) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Priorisierung.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_PRIORISIERUNG, e.violation());
        assertEquals(Optional.of(text), e.actualValue());
        assertEquals(Optional.empty(), Priorisierung.find(text));
    }

    @Test
    void nullIsNotFound() {
        assertEquals(Optional.empty(), Priorisierung.find(null));
        assertThrows(UnknownReferenceException.class, () -> Priorisierung.parse(null));
    }
}
