package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void ofMapsBothTruthValues() {
        assertEquals(Answer.YES, Answer.of(true));
        assertEquals(Answer.NO, Answer.of(false));
    }

    @Test
    void orElseDecidesOnlyTheUndeterminedAnswer() {
        assertTrue(Answer.YES.orElse(false));
        assertFalse(Answer.NO.orElse(true));
        assertTrue(Answer.UNDETERMINED.orElse(true));
        assertFalse(Answer.UNDETERMINED.orElse(false));
    }

    @Test
    void onlyYesAndNoAreDetermined() {
        assertTrue(Answer.YES.isDetermined());
        assertTrue(Answer.NO.isDetermined());
        assertFalse(Answer.UNDETERMINED.isDetermined());
    }
}
