package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.ref.Bundesland;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NachnutzungTest {

    private static final Ars SACHSEN_ANHALT = Ars.parse("150000000000");
    private static final Ars MAGDEBURG = Ars.parse("150030000000");

    @Test
    void ofBuildsWithoutDate() {
        Nachnutzung n = Nachnutzung.of(MAGDEBURG, NachnutzungsStatus.IN_ANBINDUNG);
        assertEquals(MAGDEBURG, n.nachnutzer());
        assertEquals(NachnutzungsStatus.IN_ANBINDUNG, n.status());
        assertEquals(Optional.empty(), n.datum());
    }

    @Test
    void aLandIsNamedByItsLandKey() {
        Nachnutzung n = Nachnutzung.of(Bundesland.SACHSEN_ANHALT, NachnutzungsStatus.ANGEBUNDEN);
        assertEquals(SACHSEN_ANHALT, n.nachnutzer());
        assertEquals(Optional.of(Bundesland.SACHSEN_ANHALT), n.nachnutzendesLand());
        assertTrue(n.isLand());
    }

    @Test
    void aKommuneBelongsToItsLandButIsNoLand() {
        Nachnutzung n = Nachnutzung.of(MAGDEBURG, NachnutzungsStatus.GEPLANT);
        assertEquals(Optional.of(Bundesland.SACHSEN_ANHALT), n.nachnutzendesLand());
        assertFalse(n.isLand());
    }

    @Test
    void theBundIsNoNachnutzer() {
        ModellException e = assertThrows(ModellException.class,
                () -> Nachnutzung.of(Ars.BUND, NachnutzungsStatus.ANGEBUNDEN));
        assertEquals(ModellViolation.INVALID_NACHNUTZER, e.violation());
        assertEquals(Optional.of("000000000000"), e.actualValue());
        assertTrue(e.getMessage().startsWith("Nachnutzung.nachnutzer: expected the ARS of a Land or Kommune"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("was '000000000000'"), e.getMessage());
    }

    @Test
    void builderRoundTripsAndEqualityCoversEveryField() {
        Nachnutzung n = Nachnutzung.builder().nachnutzer(MAGDEBURG).status(NachnutzungsStatus.ANGEBUNDEN)
                .datum(LocalDate.of(2023, 5, 1)).build();
        assertEquals(n, Nachnutzung.builder().from(n).build());
        assertEquals(n.hashCode(), Nachnutzung.builder().from(n).build().hashCode());
        assertNotEquals(n, Nachnutzung.builder().from(n).datum(Optional.empty()).build());
        assertNotEquals(n, Nachnutzung.builder().from(n).status(NachnutzungsStatus.GEPLANT).build());
        assertNotEquals(n, Nachnutzung.builder().from(n).nachnutzer(SACHSEN_ANHALT).build());
    }

    @Test
    void missingRequiredFieldsAreRejected() {
        assertThrows(IllegalStateException.class, () -> Nachnutzung.builder().nachnutzer(MAGDEBURG).build());
        assertThrows(IllegalStateException.class,
                () -> Nachnutzung.builder().status(NachnutzungsStatus.GEPLANT).build());
    }

    @Test
    void statusValuesInOrderOfProgress() {
        assertEquals(List.of(NachnutzungsStatus.GEPLANT, NachnutzungsStatus.IN_ANBINDUNG, NachnutzungsStatus.ANGEBUNDEN),
                List.of(NachnutzungsStatus.values()));
        assertEquals("geplant", NachnutzungsStatus.GEPLANT.bezeichnung());
        assertEquals("in Anbindung", NachnutzungsStatus.IN_ANBINDUNG.bezeichnung());
        assertEquals("angebunden", NachnutzungsStatus.ANGEBUNDEN.bezeichnung());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "geplant|GEPLANT", "GEPLANT|GEPLANT", " Geplant |GEPLANT",
        "in Anbindung|IN_ANBINDUNG", "IN_ANBINDUNG|IN_ANBINDUNG", "in-anbindung|IN_ANBINDUNG",
        "In\u00a0Anbindung|IN_ANBINDUNG",
        "angebunden|ANGEBUNDEN", "Angeschlossen|ANGEBUNDEN"})
    void statusIsFoundTolerantly(String text, NachnutzungsStatus expected) {
        assertEquals(Optional.of(expected), NachnutzungsStatus.find(text));
        assertEquals(expected, NachnutzungsStatus.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "online", "inAnbindung", "angebunden!x", "abgelehnt"})
    void unknownStatusIsNotGuessed(String text) {
        assertEquals(Optional.empty(), NachnutzungsStatus.find(text));
        ModellException e = assertThrows(ModellException.class, () -> NachnutzungsStatus.parse(text));
        assertEquals(ModellViolation.UNKNOWN_NACHNUTZUNGSSTATUS, e.violation());
        assertEquals(Optional.of(text), e.actualValue());
        assertTrue(e.getMessage().contains("'geplant', 'in Anbindung' or 'angebunden'"), e.getMessage());
    }

    @Test
    void nullStatusIsNotFoundAndParseSaysSo() {
        assertEquals(Optional.empty(), NachnutzungsStatus.find(null));
        ModellException e = assertThrows(ModellException.class, () -> NachnutzungsStatus.parse(null));
        assertEquals(Optional.empty(), e.actualValue());
        assertTrue(e.getMessage().endsWith("was null"), e.getMessage());
    }
}
