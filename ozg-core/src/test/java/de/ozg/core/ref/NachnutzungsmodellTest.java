package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NachnutzungsmodellTest {

    @Test
    void bezeichnungen() {
        assertEquals("Einer für Alle (EfA)", Nachnutzungsmodell.EFA.bezeichnung());
        assertEquals("nachnutzbare Software, dezentral betrieben",
                Nachnutzungsmodell.NACHNUTZBARE_SOFTWARE_DEZENTRAL.bezeichnung());
        assertEquals("FIM-basierte Eigenentwicklung", Nachnutzungsmodell.FIM_BASIERTE_EIGENENTWICKLUNG.bezeichnung());
    }

    @ParameterizedTest
    @EnumSource(Nachnutzungsmodell.class)
    void nameAndBezeichnungParseInAnyCase(Nachnutzungsmodell m) {
        assertSame(m, Nachnutzungsmodell.parse(m.name()));
        assertSame(m, Nachnutzungsmodell.parse(m.name().toLowerCase(java.util.Locale.ROOT)));
        assertSame(m, Nachnutzungsmodell.parse(m.bezeichnung()));
        assertSame(m, Nachnutzungsmodell.parse(" " + m.bezeichnung().toUpperCase(java.util.Locale.ROOT) + " "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EfA|EFA", "efa|EFA", "Einer für Alle|EFA", "Einer-für-Alle|EFA", "einer fuer alle|EFA", "EfA (Einer für Alle)|EFA",
        "nachnutzbare Software|NACHNUTZBARE_SOFTWARE_DEZENTRAL",
        "Nachnutzbare Software (dezentral)|NACHNUTZBARE_SOFTWARE_DEZENTRAL",
        "nachnutzbare_software_dezentral_betrieben|NACHNUTZBARE_SOFTWARE_DEZENTRAL",
        "fim_basierte_eigenentwicklung|FIM_BASIERTE_EIGENENTWICKLUNG",
        "FIM basierte Eigenentwicklung|FIM_BASIERTE_EIGENENTWICKLUNG"})
    void variants(String text, Nachnutzungsmodell erwartet) {
        assertSame(erwartet, Nachnutzungsmodell.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Software", "dezentral", "Eigenentwicklung", "FIM", "EfA-Plus", "Einer für alle außer einem",
        "SaaS", "Marktplatz"})
    void unknownTextsAreRejected(String text) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Nachnutzungsmodell.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_NACHNUTZUNGSMODELL, e.violation());
        assertEquals(Optional.of(text), e.actualValue());
        assertEquals(Optional.empty(), Nachnutzungsmodell.find(text));
    }

    @Test
    void nullIsNotFound() {
        assertEquals(Optional.empty(), Nachnutzungsmodell.find(null));
        assertThrows(UnknownReferenceException.class, () -> Nachnutzungsmodell.parse(null));
    }
}
