package de.ozg.core.model;

import de.ozg.core.ref.Answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseTest {

    @Test
    void theKnownPhasesInOrderOfProgress() {
        assertEquals(List.of(Phase.PLANUNG, Phase.UMSETZUNG, Phase.ROLL_OUT, Phase.BETRIEB), Phase.bekannte());
        assertEquals(List.of("planung", "umsetzung", "roll_out", "betrieb"),
                Phase.bekannte().stream().map(Phase::code).toList());
        assertEquals(List.of("Planung", "Umsetzung", "Roll-out", "Betrieb"),
                Phase.bekannte().stream().map(Phase::bezeichnung).toList());
        for (Phase p : Phase.bekannte()) {
            assertTrue(p.isBekannt());
            assertSame(p, Phase.parse(p.bezeichnung()));
            assertSame(p, Phase.parse(p.toString()));
        }
    }

    @Test
    void isOnlineOnlyWhereTheNameLeavesNoDoubt() {
        assertEquals(Answer.NO, Phase.PLANUNG.online());
        assertEquals(Answer.UNDETERMINED, Phase.UMSETZUNG.online());
        assertEquals(Answer.UNDETERMINED, Phase.ROLL_OUT.online());
        assertEquals(Answer.YES, Phase.BETRIEB.online());
        assertEquals(Answer.UNDETERMINED, Phase.parse("Pilotbetrieb").online());
        assertEquals(Answer.YES, Phase.of("betrieb", "Regelbetrieb").online());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Planung|planung", "in Planung|planung", "PLANUNG |planung",
        "Umsetzung|umsetzung", "in Umsetzung|umsetzung",
        "Roll-out|roll_out", "Rollout|roll_out", "roll out|roll_out", "ROLL_OUT|roll_out",
        "Betrieb|betrieb", "Betrieb/online|betrieb", "Betrieb / Online|betrieb", "online|betrieb",
        "in Betrieb|betrieb"})
    void findIsTolerant(String text, String code) {
        assertEquals(code, Phase.find(text).map(Phase::code).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Test", "Pilotbetrieb", "offline", "Betrieb geplant", "roll"})
    void findDoesNotGuess(String text) {
        assertEquals(Optional.empty(), Phase.find(text));
    }

    @Test
    void parseCreatesAPhaseOfTheLandsOwn() {
        Phase p = Phase.parse(" Pilot-Betrieb ");
        assertEquals("pilot_betrieb", p.code());
        assertEquals("Pilot-Betrieb", p.bezeichnung());
        assertFalse(p.isBekannt());
        assertEquals(p, Phase.parse("pilot betrieb"));
        assertEquals(p, Phase.of("pilot_betrieb", "Pilotphase"));
        assertEquals(p.hashCode(), Phase.of("pilot_betrieb", "Pilotphase").hashCode());
    }

    @Test
    void ofAVariantIsANewPhaseNotTheKnownOne() {
        // "online" is read as Betrieb by find/parse, but as a code it names a phase of its own.
        Phase p = Phase.of("online", "online");
        assertNotEquals(Phase.BETRIEB, p);
        assertFalse(p.isBekannt());
        assertEquals(Answer.UNDETERMINED, p.online());
    }

    @Test
    void invalidInputIsRejectedWithAPreciseMessage() {
        ModellException code = assertThrows(ModellException.class, () -> Phase.of("Roll-out", "Roll-out"));
        assertEquals(ModellViolation.INVALID_CODE, code.violation());
        assertTrue(code.getMessage().startsWith("Phase.code: expected a snake_case code"), code.getMessage());
        assertTrue(code.getMessage().endsWith("was 'Roll-out'"), code.getMessage());

        ModellException name = assertThrows(ModellException.class, () -> Phase.of("planung", ""));
        assertEquals(ModellViolation.BLANK_TEXT, name.violation());
        assertTrue(name.getMessage().startsWith("Phase.bezeichnung:"), name.getMessage());

        ModellException blank = assertThrows(ModellException.class, () -> Phase.parse(" - "));
        assertEquals(ModellViolation.BLANK_TEXT, blank.violation());
        assertTrue(blank.getMessage().startsWith("Phase: expected a name with at least one letter or digit"),
                blank.getMessage());
    }
}
